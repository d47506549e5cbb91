package org.zhanaozen.kiosk.usage;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zhanaozen.kiosk.usage.UsageReport.Day;
import org.zhanaozen.kiosk.usage.UsageReport.EventFigures;
import org.zhanaozen.kiosk.usage.UsageReport.SectionFigures;

/** The report's figures from log files written here by hand, in the format the kiosk writes. */
class UsageReportTest {

    @TempDir
    Path folder;

    private void file(String day, String... lines) throws IOException {
        Files.writeString(folder.resolve("usage-" + day + ".jsonl"), String.join("\n", lines) + "\n");
    }

    private static String start(String time, int visit) {
        return "{\"time\":\"" + time + "\",\"type\":\"visit-start\",\"visit\":" + visit + "}";
    }

    private static String section(String time, int visit, String section, int seconds) {
        return "{\"time\":\"" + time + "\",\"type\":\"section\",\"section\":\"" + section + "\",\"dwellMs\":"
                + seconds * 1000 + ",\"visit\":" + visit + "}";
    }

    private static String event(String time, int visit, String event) {
        return "{\"time\":\"" + time + "\",\"type\":\"event\",\"event\":\"" + event + "\",\"visit\":" + visit + "}";
    }

    private static String reset(String time, int visit, int seconds) {
        return "{\"time\":\"" + time + "\",\"type\":\"idle-reset\",\"visitMs\":" + seconds * 1000 + ",\"visit\":" + visit + "}";
    }

    /** Three visits of 60, 120 and 300 s on the 28th, two of 30 and 90 s on the 29th. */
    private void twoDays() throws IOException {
        String t28 = "2026-11-28T10:00:00Z";
        String t29 = "2026-11-29T10:00:00Z";
        file("2026-11-28",
                start(t28, 1), section(t28, 1, "home", 20), event(t28, 1, "e-a"), section(t28, 1, "timeline", 40),
                reset(t28, 1, 60),
                start(t28, 2), section(t28, 2, "home", 20), event(t28, 2, "e-a"), event(t28, 2, "e-b"),
                section(t28, 2, "map", 100), reset(t28, 2, 120),
                start(t28, 3), section(t28, 3, "home", 50), event(t28, 3, "e-c"), section(t28, 3, "timeline", 200),
                section(t28, 3, "map", 50), reset(t28, 3, 300));
        file("2026-11-29",
                start(t29, 1), section(t29, 1, "home", 30), reset(t29, 1, 30),
                "{\"time\":\"" + t29 + "\",\"type\":\"staff\",\"action\":\"reload-content\"}",
                start(t29, 2), section(t29, 2, "home", 10), event(t29, 2, "e-a"), section(t29, 2, "timeline", 80),
                reset(t29, 2, 90));
    }

    @Test
    void visitsPerDayAndMedianVisitLengths() throws IOException {
        twoDays();
        UsageReport report = UsageReport.read(folder);

        assertThat(report.days()).containsExactly(
                new Day(LocalDate.parse("2026-11-28"), 3, Optional.of(Duration.ofSeconds(120))),
                new Day(LocalDate.parse("2026-11-29"), 2, Optional.of(Duration.ofSeconds(60))));
        assertThat(report.totalVisits()).isEqualTo(5);
        assertThat(report.medianVisit()).contains(Duration.ofSeconds(90));
        assertThat(report.visitsWithoutEnd()).isZero();
    }

    @Test
    void mostViewedSectionsAndMostOpenedEvents() throws IOException {
        twoDays();
        UsageReport report = UsageReport.read(folder);

        assertThat(report.sections()).containsExactly(
                new SectionFigures("home", 5, Duration.ofSeconds(130)),
                new SectionFigures("timeline", 3, Duration.ofSeconds(320)),
                new SectionFigures("map", 2, Duration.ofSeconds(150)));
        assertThat(report.events()).containsExactly(
                new EventFigures("e-a", 3), new EventFigures("e-b", 1), new EventFigures("e-c", 1));
        assertThat(report.staffActions()).isEqualTo(Map.of("reload-content", 1));
        assertThat(report.skippedLines()).isZero();
    }

    @Test
    void theTextReportShowsTheFigures() throws IOException {
        twoDays();
        String text = UsageReport.read(folder).text();

        assertThat(text)
                .containsPattern("2 days, 2026-11-28 to 2026-11-29")
                .containsPattern("2026-11-28 +3 +2 min 00 s")
                .containsPattern("2026-11-29 +2 +1 min 00 s")
                .containsPattern("all days +5 +1 min 30 s")
                .containsPattern("(?s)home +5 +2 min 10 s.*timeline +3 +5 min 20 s.*map +2 +2 min 30 s")
                .containsPattern("(?s)e-a +3.*e-b +1.*e-c +1")
                .contains("Staff actions: reload-content 1")
                .doesNotContain("Warning");
    }

    @Test
    void aVisitCutShortByAStoppedKioskCountsButHasNoLength() throws IOException {
        String t = "2026-11-29T10:00:00Z";
        file("2026-11-29", start(t, 1), reset(t, 1, 40), start(t, 2), section(t, 2, "home", 5));

        UsageReport report = UsageReport.read(folder);

        assertThat(report.totalVisits()).isEqualTo(2);
        assertThat(report.visitsWithoutEnd()).isEqualTo(1);
        assertThat(report.medianVisit()).contains(Duration.ofSeconds(40));
        assertThat(report.text()).contains("1 visits have no recorded end");
    }

    @Test
    void malformedLinesAreSkippedCountedAndNamedByFileAndLine() throws IOException {
        String t = "2026-11-29T10:00:00Z";
        file("2026-11-29",
                start(t, 1),
                "not json",
                "",
                "{\"time\":\"yesterday\",\"type\":\"visit-start\",\"visit\":1}",
                "{\"time\":\"" + t + "\",\"type\":\"section\",\"dwellMs\":5000,\"visit\":1}",
                "{\"time\":\"" + t + "\",\"type\":\"visit-start\",\"visit\":-3}",
                "{\"time\":\"" + t + "\",\"type\":\"applause\"}",
                section(t, 1, "home", 5),
                "{\"time\":\"2026-11-29T10:0");
        Files.writeString(folder.resolve("notes.txt"), "staff notes, not a usage file\n");

        UsageReport report = UsageReport.read(folder);

        assertThat(report.skippedLines()).isEqualTo(6);
        assertThat(report.warnings()).containsExactly(
                "usage-2026-11-29.jsonl:2: not JSON",
                "usage-2026-11-29.jsonl:4: \"time\" is not a UTC time like 2026-11-29T10:15:02Z",
                "usage-2026-11-29.jsonl:5: \"section\" is missing or not text",
                "usage-2026-11-29.jsonl:6: \"visit\" is missing or not a positive whole number",
                "usage-2026-11-29.jsonl:7: unknown type \"applause\"",
                "usage-2026-11-29.jsonl:9: cut short (the kiosk was stopped while writing it)");
        assertThat(report.totalVisits()).isEqualTo(1);
        assertThat(report.sections()).containsExactly(new SectionFigures("home", 1, Duration.ofSeconds(5)));
        assertThat(report.text())
                .contains("Warning: 6 lines skipped")
                .contains("usage-2026-11-29.jsonl:9: cut short")
                .doesNotContain("Exception").doesNotContain("\tat ");
    }

    @Test
    void anEmptyFolderSaysSo() throws IOException {
        assertThat(UsageReport.read(folder).text()).contains("No usage recorded yet.");
    }

    @Test
    void lengthsReadAtAGlance() {
        assertThat(UsageReport.format(Duration.ofMillis(44_600))).isEqualTo("45 s");
        assertThat(UsageReport.format(Duration.ofSeconds(125))).isEqualTo("2 min 05 s");
        assertThat(UsageReport.format(Duration.ofMinutes(192))).isEqualTo("3 h 12 min");
    }

    @Test
    void placesPeopleAndLinksFollowedAreCountedAndListed() throws IOException {
        String t = "2026-11-29T10:00:00Z";
        file("2026-11-29", start(t, 1),
                "{\"time\":\"" + t + "\",\"type\":\"place\",\"place\":\"p-b\",\"visit\":1}",
                "{\"time\":\"" + t + "\",\"type\":\"place\",\"place\":\"p-a\",\"visit\":1}",
                "{\"time\":\"" + t + "\",\"type\":\"place\",\"place\":\"p-b\",\"visit\":1}",
                "{\"time\":\"" + t + "\",\"type\":\"person\",\"person\":\"someone\",\"visit\":1}",
                "{\"time\":\"" + t + "\",\"type\":\"link\",\"from\":\"map\",\"to\":\"timeline\",\"visit\":1}",
                "{\"time\":\"" + t + "\",\"type\":\"link\",\"from\":\"map\",\"visit\":1}");
        UsageReport report = UsageReport.read(folder);

        assertThat(report.places()).containsExactly(new UsageReport.Count("p-b", 2), new UsageReport.Count("p-a", 1));
        assertThat(report.people()).containsExactly(new UsageReport.Count("someone", 1));
        assertThat(report.links()).containsExactly(new UsageReport.Count("map -> timeline", 1));
        assertThat(report.warnings()).containsExactly("usage-2026-11-29.jsonl:7: \"to\" is missing or not text");
        assertThat(report.text())
                .containsPattern("Most opened events +opens\\R  none\\R")
                .containsPattern("Most opened places +opens\\R  p-b +2\\R  p-a +1\\R")
                .containsPattern("Most opened people +opens\\R  someone +1\\R")
                .containsPattern("Links followed +follows\\R  map -> timeline +1\\R");
    }

    @Test
    void whatTheKioskWritesTheReportReadsBack() {
        List<UsageEntry> entries = List.of(
                new UsageEntry.VisitStart(Instant.parse("2026-11-29T10:15:02Z"), 17),
                new UsageEntry.SectionLeft(Instant.parse("2026-11-29T10:15:02Z"), 17, "timeline", 41_234),
                new UsageEntry.EventOpened(Instant.parse("2026-11-29T10:15:02Z"), 17, "e-a"),
                new UsageEntry.PlaceOpened(Instant.parse("2026-11-29T10:15:02Z"), 17, "p-a"),
                new UsageEntry.PersonOpened(Instant.parse("2026-11-29T10:15:02Z"), 17, "someone"),
                new UsageEntry.LinkFollowed(Instant.parse("2026-11-29T10:15:02Z"), 17, "map", "timeline"),
                new UsageEntry.IdleReset(Instant.parse("2026-11-29T10:15:02Z"), 17, 90_000),
                new UsageEntry.StaffAction(Instant.parse("2026-11-29T10:15:02Z"), "reload-content"));

        assertThat(entries).allSatisfy(entry ->
                assertThat(UsageFormat.parse(UsageFormat.toLine(entry))).isEqualTo(entry));
    }
}
