package org.zhanaozen.kiosk.usage;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.zhanaozen.kiosk.usage.UsageEntry.EventOpened;
import org.zhanaozen.kiosk.usage.UsageEntry.IdleReset;
import org.zhanaozen.kiosk.usage.UsageEntry.LinkFollowed;
import org.zhanaozen.kiosk.usage.UsageEntry.PersonOpened;
import org.zhanaozen.kiosk.usage.UsageEntry.PlaceOpened;
import org.zhanaozen.kiosk.usage.UsageEntry.SectionLeft;
import org.zhanaozen.kiosk.usage.UsageEntry.StaffAction;
import org.zhanaozen.kiosk.usage.UsageEntry.VisitStart;

/**
 * The usage log's files: one JSON object per line, one file per day, e.g.
 * {@code {"time":"2026-11-29T10:15:02Z","type":"section","section":"timeline","dwellMs":41234,"visit":17}}
 * in {@code usage-2026-11-29.jsonl}. The writer and the report both go through here, so they cannot drift apart.
 */
final class UsageFormat {

    /** Why the report skips a line that stops part-way: the kiosk was stopped while it wrote the line. */
    static final String CUT_SHORT = "cut short (the kiosk was stopped while writing it)";

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern FILE_NAME = Pattern.compile("usage-(\\d{4}-\\d{2}-\\d{2})\\.jsonl");

    private UsageFormat() {
    }

    static String fileName(LocalDate day) {
        return "usage-" + day + ".jsonl";
    }

    /** The day a usage file holds, or empty for any other file. */
    static Optional<LocalDate> dayOf(String fileName) {
        Matcher matcher = FILE_NAME.matcher(fileName);
        if (!matcher.matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(matcher.group(1)));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** The entry as one line of JSON, without the line break. Times are kept to the second. */
    static String toLine(UsageEntry entry) {
        ObjectNode line = JSON.createObjectNode();
        line.put("time", entry.time().truncatedTo(ChronoUnit.SECONDS).toString());
        if (entry instanceof VisitStart start) {
            line.put("type", "visit-start").put("visit", start.visit());
        } else if (entry instanceof SectionLeft section) {
            line.put("type", "section").put("section", section.section()).put("dwellMs", section.dwellMillis())
                    .put("visit", section.visit());
        } else if (entry instanceof EventOpened event) {
            line.put("type", "event").put("event", event.event()).put("visit", event.visit());
        } else if (entry instanceof PlaceOpened place) {
            line.put("type", "place").put("place", place.place()).put("visit", place.visit());
        } else if (entry instanceof PersonOpened person) {
            line.put("type", "person").put("person", person.person()).put("visit", person.visit());
        } else if (entry instanceof LinkFollowed link) {
            line.put("type", "link").put("from", link.from()).put("to", link.to()).put("visit", link.visit());
        } else if (entry instanceof IdleReset reset) {
            line.put("type", "idle-reset").put("visitMs", reset.visitMillis()).put("visit", reset.visit());
        } else if (entry instanceof StaffAction staff) {
            line.put("type", "staff").put("action", staff.action());
        }
        try {
            return JSON.writeValueAsString(line);
        } catch (JsonProcessingException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    /**
     * Reads one line back.
     *
     * @throws IllegalArgumentException with a short reason fit for a report, for anything but a usage line
     */
    static UsageEntry parse(String text) {
        JsonNode line;
        try {
            line = JSON.readTree(text);
        } catch (JsonEOFException e) {
            throw new IllegalArgumentException(CUT_SHORT);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not JSON");
        }
        if (line == null || !line.isObject()) {
            throw new IllegalArgumentException("not a JSON object");
        }
        Instant time;
        try {
            time = Instant.parse(text(line, "time"));
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("\"time\" is not a UTC time like 2026-11-29T10:15:02Z");
        }
        String type = text(line, "type");
        return switch (type) {
            case "visit-start" -> new VisitStart(time, visit(line));
            case "section" -> new SectionLeft(time, visit(line), text(line, "section"), millis(line, "dwellMs"));
            case "event" -> new EventOpened(time, visit(line), text(line, "event"));
            case "place" -> new PlaceOpened(time, visit(line), text(line, "place"));
            case "person" -> new PersonOpened(time, visit(line), text(line, "person"));
            case "link" -> new LinkFollowed(time, visit(line), text(line, "from"), text(line, "to"));
            case "idle-reset" -> new IdleReset(time, visit(line), millis(line, "visitMs"));
            case "staff" -> new StaffAction(time, text(line, "action"));
            default -> throw new IllegalArgumentException("unknown type \"" + type + "\"");
        };
    }

    private static String text(JsonNode line, String field) {
        JsonNode value = line.get(field);
        if (value == null || !value.isTextual() || value.asText().isBlank()) {
            throw new IllegalArgumentException("\"" + field + "\" is missing or not text");
        }
        return value.asText();
    }

    private static int visit(JsonNode line) {
        JsonNode value = line.get("visit");
        if (value == null || !value.canConvertToInt() || !value.isIntegralNumber() || value.asInt() < 1) {
            throw new IllegalArgumentException("\"visit\" is missing or not a positive whole number");
        }
        return value.asInt();
    }

    private static long millis(JsonNode line, String field) {
        JsonNode value = line.get(field);
        if (value == null || !value.isIntegralNumber() || !value.canConvertToLong() || value.asLong() < 0) {
            throw new IllegalArgumentException("\"" + field + "\" is missing or not a whole number of milliseconds");
        }
        return value.asLong();
    }
}
