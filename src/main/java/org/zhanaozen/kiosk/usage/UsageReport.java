package org.zhanaozen.kiosk.usage;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.zhanaozen.kiosk.usage.UsageEntry.EventOpened;
import org.zhanaozen.kiosk.usage.UsageEntry.IdleReset;
import org.zhanaozen.kiosk.usage.UsageEntry.LinkFollowed;
import org.zhanaozen.kiosk.usage.UsageEntry.PersonOpened;
import org.zhanaozen.kiosk.usage.UsageEntry.PlaceOpened;
import org.zhanaozen.kiosk.usage.UsageEntry.SectionLeft;
import org.zhanaozen.kiosk.usage.UsageEntry.StaffAction;
import org.zhanaozen.kiosk.usage.UsageEntry.VisitStart;

/**
 * The figures staff report to funders, from a folder of usage log files: visits per day, how long visits last,
 * which sections, events, places and people visitors look at and which links between sections they follow. Lines that are not usage lines (a file cut short by a full disk, a
 * hand edit) are skipped and listed with their file and line.
 */
public final class UsageReport {

    /** Visits started on a day, and the median length of the visits that ended that day. */
    public record Day(LocalDate day, int visits, Optional<Duration> medianVisit) {
    }

    public record SectionFigures(String section, int views, Duration totalTime) {
    }

    public record EventFigures(String event, int opens) {
    }

    /** How often a place or a person was opened, or a link between two sections ("map -> timeline") followed. */
    public record Count(String name, int count) {
    }

    /** How many events, places, people and links the text report lists; the figures hold them all. */
    static final int EVENTS_SHOWN = 10;
    /** How many skipped lines the text report lists; the count covers them all. */
    static final int WARNINGS_SHOWN = 20;

    private final Path folder;
    private final Map<LocalDate, List<Long>> visitLengthsByDay = new TreeMap<>();
    private final Map<LocalDate, Integer> visitsByDay = new TreeMap<>();
    private final Map<String, SectionFigures> sections = new LinkedHashMap<>();
    private final Map<String, Integer> events = new LinkedHashMap<>();
    private final Map<String, Integer> places = new LinkedHashMap<>();
    private final Map<String, Integer> people = new LinkedHashMap<>();
    private final Map<String, Integer> links = new LinkedHashMap<>();
    private final Map<String, Integer> staffActions = new TreeMap<>();
    private final List<String> warnings = new ArrayList<>();
    private int skippedLines;

    private UsageReport(Path folder) {
        this.folder = folder;
    }

    /**
     * Reads every {@code usage-YYYY-MM-DD.jsonl} file in the folder; other files are left alone.
     *
     * @throws IOException when the folder itself cannot be listed (an unreadable file only becomes a warning)
     */
    public static UsageReport read(Path folder) throws IOException {
        UsageReport report = new UsageReport(folder);
        Map<LocalDate, Path> files = new TreeMap<>();
        try (Stream<Path> listing = Files.list(folder)) {
            listing.forEach(file -> UsageFormat.dayOf(file.getFileName().toString())
                    .ifPresent(day -> files.put(day, file)));
        }
        files.forEach(report::readFile);
        return report;
    }

    private void readFile(LocalDate day, Path file) {
        String name = file.getFileName().toString();
        String text;
        try {
            // decoded leniently: a damaged byte spoils its line, not the whole file
            text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
        } catch (IOException e) {
            warnings.add(name + ": cannot be read (" + e.getClass().getSimpleName() + ")");
            return;
        }
        visitsByDay.putIfAbsent(day, 0);
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty()) {
                continue;
            }
            try {
                add(day, UsageFormat.parse(line));
            } catch (IllegalArgumentException notAUsageLine) {
                skippedLines++;
                warnings.add(name + ":" + (i + 1) + ": " + notAUsageLine.getMessage());
            }
        }
    }

    private void add(LocalDate day, UsageEntry entry) {
        if (entry instanceof VisitStart) {
            visitsByDay.merge(day, 1, Integer::sum);
        } else if (entry instanceof SectionLeft left) {
            sections.merge(left.section(), new SectionFigures(left.section(), 1, Duration.ofMillis(left.dwellMillis())),
                    (a, b) -> new SectionFigures(a.section(), a.views() + 1, a.totalTime().plus(b.totalTime())));
        } else if (entry instanceof EventOpened opened) {
            events.merge(opened.event(), 1, Integer::sum);
        } else if (entry instanceof PlaceOpened opened) {
            places.merge(opened.place(), 1, Integer::sum);
        } else if (entry instanceof PersonOpened opened) {
            people.merge(opened.person(), 1, Integer::sum);
        } else if (entry instanceof LinkFollowed link) {
            links.merge(link.from() + " -> " + link.to(), 1, Integer::sum);
        } else if (entry instanceof IdleReset reset) {
            visitLengthsByDay.computeIfAbsent(day, d -> new ArrayList<>()).add(reset.visitMillis());
        } else if (entry instanceof StaffAction staff) {
            staffActions.merge(staff.action(), 1, Integer::sum);
        }
    }

    /** Every day with a usage file, oldest first. */
    public List<Day> days() {
        return visitsByDay.entrySet().stream()
                .map(day -> new Day(day.getKey(), day.getValue(),
                        median(visitLengthsByDay.getOrDefault(day.getKey(), List.of()))))
                .toList();
    }

    public int totalVisits() {
        return visitsByDay.values().stream().mapToInt(Integer::intValue).sum();
    }

    /** The median length of all visits with a recorded end; empty when there are none. */
    public Optional<Duration> medianVisit() {
        return median(visitLengthsByDay.values().stream().flatMap(List::stream).toList());
    }

    /** Visits whose end is not in the log: the kiosk was stopped or lost power during them. */
    public int visitsWithoutEnd() {
        return totalVisits() - visitLengthsByDay.values().stream().mapToInt(List::size).sum();
    }

    /** Sections by views, then by total time, most viewed first. */
    public List<SectionFigures> sections() {
        return sections.values().stream()
                .sorted(Comparator.comparingInt(SectionFigures::views).reversed()
                        .thenComparing(SectionFigures::totalTime, Comparator.reverseOrder())
                        .thenComparing(SectionFigures::section))
                .toList();
    }

    /** Timeline events by how often their detail was opened, most opened first. */
    public List<EventFigures> events() {
        return events.entrySet().stream()
                .map(event -> new EventFigures(event.getKey(), event.getValue()))
                .sorted(Comparator.comparingInt(EventFigures::opens).reversed().thenComparing(EventFigures::event))
                .toList();
    }

    /** Places by how often their panel was opened on the map, most opened first. */
    public List<Count> places() {
        return ranked(places);
    }

    /** People by how often their card was opened, most opened first. */
    public List<Count> people() {
        return ranked(people);
    }

    /** Links between sections ("map -> timeline") by how often visitors followed them, most followed first. */
    public List<Count> links() {
        return ranked(links);
    }

    private static List<Count> ranked(Map<String, Integer> counts) {
        return counts.entrySet().stream().map(count -> new Count(count.getKey(), count.getValue()))
                .sorted(Comparator.comparingInt(Count::count).reversed().thenComparing(Count::name))
                .toList();
    }

    /** How often each staff action was used, by name. */
    public Map<String, Integer> staffActions() {
        return Map.copyOf(staffActions);
    }

    /** Lines that were not usage lines. */
    public int skippedLines() {
        return skippedLines;
    }

    /** One line per skipped line ({@code usage-2026-11-29.jsonl:14: not JSON}) or unreadable file. */
    public List<String> warnings() {
        return List.copyOf(warnings);
    }

    /** The report as staff read it. */
    public String text() {
        List<String> out = new ArrayList<>();
        out.add("Usage log in " + folder);
        List<Day> days = days();
        if (days.isEmpty()) {
            out.add("No usage recorded yet.");
        } else {
            out.add(days.size() + (days.size() == 1 ? " day, " : " days, ") + days.get(0).day() + " to "
                    + days.get(days.size() - 1).day());
            out.add("");
            out.add(String.format("%-32s %7s   %s", "Visits per day", "visits", "median visit"));
            days.forEach(day -> out.add(row(day.day().toString(), day.visits(), day.medianVisit())));
            out.add(row("all days", totalVisits(), medianVisit()));
            if (visitsWithoutEnd() > 0) {
                out.add("  (" + visitsWithoutEnd() + " visits have no recorded end and no length: "
                        + "the kiosk was stopped during them)");
            }
            out.add("");
            out.add(String.format("%-32s %7s   %s", "Most viewed sections", "views", "total time"));
            sections().forEach(section -> out.add(String.format("  %-30s %7d   %s", section.section(),
                    section.views(), format(section.totalTime()))));
            out.add("");
            out.add(String.format("%-32s %7s", "Most opened events", "opens"));
            if (events.isEmpty()) {
                out.add("  none");
            }
            events().stream().limit(EVENTS_SHOWN)
                    .forEach(event -> out.add(String.format("  %-30s %7d", event.event(), event.opens())));
            addCounts(out, "Most opened places", "opens", places());
            addCounts(out, "Most opened people", "opens", people());
            addCounts(out, "Links followed", "follows", links());
            if (!staffActions.isEmpty()) {
                out.add("");
                List<String> actions = new ArrayList<>();
                staffActions.forEach((action, count) -> actions.add(action + " " + count));
                out.add("Staff actions: " + String.join(", ", actions));
            }
        }
        if (!warnings.isEmpty()) {
            out.add("");
            out.add("Warning: " + skippedLines + (skippedLines == 1 ? " line" : " lines")
                    + " skipped, left out of the figures above:");
            warnings.stream().limit(WARNINGS_SHOWN).forEach(warning -> out.add("  " + warning));
            if (warnings.size() > WARNINGS_SHOWN) {
                out.add("  … and " + (warnings.size() - WARNINGS_SHOWN) + " more");
            }
        }
        return String.join(System.lineSeparator(), out) + System.lineSeparator();
    }

    private static void addCounts(List<String> out, String heading, String column, List<Count> counts) {
        out.add("");
        out.add(String.format("%-32s %7s", heading, column));
        if (counts.isEmpty()) {
            out.add("  none");
        }
        counts.stream().limit(EVENTS_SHOWN).forEach(count -> out.add(String.format("  %-30s %7d", count.name(), count.count())));
    }

    private static String row(String label, int visits, Optional<Duration> median) {
        return String.format("  %-30s %7d   %s", label, visits, median.map(UsageReport::format).orElse("-"));
    }

    private static Optional<Duration> median(List<Long> millis) {
        if (millis.isEmpty()) {
            return Optional.empty();
        }
        List<Long> sorted = millis.stream().sorted().toList();
        int middle = sorted.size() / 2;
        long median = sorted.size() % 2 == 1 ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2;
        return Optional.of(Duration.ofMillis(median));
    }

    /** "45 s", "2 min 05 s", "3 h 12 min": a length at a glance, rounded to the second. */
    static String format(Duration length) {
        long seconds = (length.toMillis() + 500) / 1000;
        if (seconds < 60) {
            return seconds + " s";
        }
        if (seconds < 3600) {
            return String.format("%d min %02d s", seconds / 60, seconds % 60);
        }
        return String.format("%d h %02d min", seconds / 3600, seconds % 3600 / 60);
    }
}
