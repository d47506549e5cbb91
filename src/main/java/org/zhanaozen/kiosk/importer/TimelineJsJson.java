package org.zhanaozen.kiosk.importer;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads TimelineJS3's JSON format: {@code title} (a slide), {@code events} (slides), {@code eras} and {@code scale}.
 * TimelineJS takes numbers as numbers or as text ("2011"), so both are read; fields TimelineJS has and the kiosk does
 * not use (background, autolink, a media's link) are passed over.
 */
final class TimelineJsJson {

    private static final List<String> DATE_PARTS = List.of("year", "month", "day", "hour", "minute", "second",
            "millisecond");

    private final LocatedJson json;

    private TimelineJsJson(LocatedJson json) {
        this.json = json;
    }

    static Timeline read(String file, String text, Path folder) throws ImportFailure {
        return new TimelineJsJson(LocatedJson.parse(file, text)).timeline(folder);
    }

    private Timeline timeline(Path folder) throws ImportFailure {
        JsonNode root = json.root();
        if (!root.isObject()) {
            throw json.where(root).failure("a TimelineJS timeline is an object { \"events\": [ … ] }");
        }
        JsonNode scale = root.get("scale");
        if (scale != null && !scale.isNull() && !"human".equals(scale.asText().toLowerCase(Locale.ROOT))) {
            // Cosmological timelines count years only, far beyond the kiosk's calendar.
            throw json.where(root, "scale").failure("scale \"" + scale.asText() + "\": this kiosk's timeline places"
                    + " dates of the years 1 to 9999 only (TimelineJS's \"human\" scale)");
        }
        JsonNode events = root.get("events");
        if (events == null || !events.isArray() || events.isEmpty()) {
            throw json.where(root, "events").failure("\"events\" must be a list of at least one slide");
        }
        List<Timeline.Slide> slides = new ArrayList<>();
        for (int i = 0; i < events.size(); i++) {
            slides.add(slide(events.get(i), json.where(events, i), "slide " + (i + 1), true));
        }
        List<Timeline.Slide> eras = new ArrayList<>();
        JsonNode eraList = root.get("eras");
        if (eraList != null && !eraList.isNull()) {
            if (!eraList.isArray()) {
                throw json.where(root, "eras").failure("\"eras\" must be a list of eras");
            }
            for (int i = 0; i < eraList.size(); i++) {
                Timeline.Slide era = slide(eraList.get(i), json.where(eraList, i), "era " + (i + 1), true);
                if (era.end() == null) {
                    throw era.where().failure(era.name() + " has no end_date (an era needs both dates)");
                }
                eras.add(era);
            }
        }
        JsonNode title = root.get("title");
        Timeline.Slide titleSlide = title == null || title.isNull() ? null
                : slide(title, json.where(root, "title"), "the title slide", false);
        return new Timeline(titleSlide, slides, eras, folder);
    }

    private Timeline.Slide slide(JsonNode slide, SourcePlace where, String label, boolean dated) throws ImportFailure {
        if (!slide.isObject()) {
            throw where.failure(label + " must be an object { … }");
        }
        JsonNode text = slide.get("text");
        String headline = text != null && text.isObject() ? words(text, "headline", label) : null;
        String name = headline == null ? label : label + " \"" + PlainText.of(headline) + "\"";
        Timeline.DateParts start = date(slide, "start_date", name);
        if (dated && start == null) {
            throw where.failure(name + " has no start_date");
        }
        return new Timeline.Slide(where, name, start, date(slide, "end_date", name),
                words(slide, "display_date", name), headline,
                text != null && text.isObject() ? words(text, "text", name) : null,
                media(slide.get("media"), name), words(slide, "group", name), words(slide, "unique_id", name));
    }

    private Timeline.DateParts date(JsonNode slide, String field, String slideName) throws ImportFailure {
        JsonNode date = slide.get(field);
        if (date == null || date.isNull()) {
            return null;
        }
        if (!date.isObject()) {
            throw json.where(slide, field).failure(slideName + ": " + field + " must be a date object { \"year\": … }");
        }
        Integer[] parts = new Integer[DATE_PARTS.size()];
        for (int i = 0; i < parts.length; i++) {
            parts[i] = wholeNumber(date, DATE_PARTS.get(i), slideName + ": " + field);
        }
        return new Timeline.DateParts(json.where(date), field, parts[0], parts[1], parts[2], parts[3], parts[4], parts[5],
                parts[6], words(date, "display_date", slideName));
    }

    private Timeline.Media media(JsonNode media, String slideName) throws ImportFailure {
        if (media == null || media.isNull()) {
            return null;
        }
        String url = media.isObject() ? words(media, "url", slideName) : null;
        if (url == null || url.isBlank()) {
            return null;
        }
        return new Timeline.Media(json.where(media, "url"), url.strip(), words(media, "caption", slideName),
                words(media, "credit", slideName), words(media, "alt", slideName));
    }

    /** A text field; TimelineJS also takes a number there (a group "1990"). */
    private String words(JsonNode object, String field, String slideName) throws ImportFailure {
        JsonNode value = object.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isTextual() && !value.isNumber()) {
            throw json.where(object, field).failure(slideName + ": \"" + field + "\" must be text");
        }
        return value.asText();
    }

    private Integer wholeNumber(JsonNode date, String part, String what) throws ImportFailure {
        String text = words(date, part, what);
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return new BigDecimal(text.strip()).intValueExact();
        } catch (ArithmeticException | NumberFormatException notWhole) {
            throw json.where(date, part).failure(what + " " + part + " must be a whole number, not \"" + text + "\"");
        }
    }
}
