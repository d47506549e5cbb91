package org.zhanaozen.kiosk.usage;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zhanaozen.kiosk.content.ScreenId;
import org.zhanaozen.kiosk.frame.Link;

/** The recorder on a clock the test moves, writing through the real log into a temporary folder. */
class UsageRecorderTest {

    private static final Duration IDLE_TIMEOUT = Duration.ofSeconds(60);

    @TempDir
    Path folder;

    private UsageRecorder recorder(MutableClock clock) {
        UsageLog log = new JsonLinesUsageLog(folder, clock.getZone(), Runnable::run, JsonLinesUsageLog.Limits.DEFAULT);
        return new UsageRecorder(clock, log, IDLE_TIMEOUT);
    }

    private List<String> lines(String day) throws IOException {
        return Files.readAllLines(folder.resolve("usage-" + day + ".jsonl"));
    }

    @Test
    void aVisitRecordsEachSectionWithItsDwellTheEventsAndTheVisitLength() throws IOException {
        MutableClock clock = new MutableClock("2026-11-29T10:00:00Z", ZoneOffset.UTC);
        UsageRecorder recorder = recorder(clock);
        recorder.sectionShown("home");
        clock.advanceSeconds(300); // the attract loop, nobody there
        recorder.visitStarted();
        clock.advanceSeconds(12);
        recorder.sectionShown("timeline");
        clock.advanceSeconds(5);
        recorder.detailOpened(new Link.ToEvent("2011-12-16-shooting"));
        clock.advance(Duration.ofMillis(36_234));
        recorder.sectionShown("people");
        clock.advanceSeconds(20);
        clock.advance(IDLE_TIMEOUT); // the visitor walked away 20 s later; the kiosk waited, then reset
        recorder.idleReset();
        recorder.sectionShown("home");

        assertThat(lines("2026-11-29")).containsExactly(
                "{\"time\":\"2026-11-29T10:05:00Z\",\"type\":\"visit-start\",\"visit\":1}",
                "{\"time\":\"2026-11-29T10:05:12Z\",\"type\":\"section\",\"section\":\"home\",\"dwellMs\":12000,\"visit\":1}",
                "{\"time\":\"2026-11-29T10:05:17Z\",\"type\":\"event\",\"event\":\"2011-12-16-shooting\",\"visit\":1}",
                "{\"time\":\"2026-11-29T10:05:53Z\",\"type\":\"section\",\"section\":\"timeline\",\"dwellMs\":41234,\"visit\":1}",
                "{\"time\":\"2026-11-29T10:06:13Z\",\"type\":\"section\",\"section\":\"people\",\"dwellMs\":20000,\"visit\":1}",
                "{\"time\":\"2026-11-29T10:07:13Z\",\"type\":\"idle-reset\",\"visitMs\":73234,\"visit\":1}");
    }

    @Test
    void placesPeopleAndLinksFollowedAreRecordedAndAScreensViewIsNot() throws IOException {
        MutableClock clock = new MutableClock("2026-11-29T10:00:00Z", ZoneOffset.UTC);
        UsageRecorder recorder = recorder(clock);
        recorder.visitStarted();
        clock.advanceSeconds(3);
        recorder.detailOpened(new Link.ToPlace("aktau"));
        recorder.linkFollowed("map", "timeline");
        recorder.detailOpened(new Link.ToPlaceAtZoom("zhanaozen", 9));
        clock.advanceSeconds(2);
        recorder.detailOpened(new Link.ToPerson("roza-tuletaeva"));
        recorder.detailOpened(new Link.ToView(ScreenId.PEOPLE, "accused"));

        assertThat(lines("2026-11-29")).containsExactly(
                "{\"time\":\"2026-11-29T10:00:00Z\",\"type\":\"visit-start\",\"visit\":1}",
                "{\"time\":\"2026-11-29T10:00:03Z\",\"type\":\"place\",\"place\":\"aktau\",\"visit\":1}",
                "{\"time\":\"2026-11-29T10:00:03Z\",\"type\":\"link\",\"from\":\"map\",\"to\":\"timeline\",\"visit\":1}",
                "{\"time\":\"2026-11-29T10:00:03Z\",\"type\":\"place\",\"place\":\"zhanaozen\",\"visit\":1}",
                "{\"time\":\"2026-11-29T10:00:05Z\",\"type\":\"person\",\"person\":\"roza-tuletaeva\",\"visit\":1}");
    }

    @Test
    void outsideAVisitOnlyStaffActionsAreRecorded() throws IOException {
        MutableClock clock = new MutableClock("2026-11-29T10:00:00Z", ZoneOffset.UTC);
        UsageRecorder recorder = recorder(clock);
        recorder.sectionShown("home");
        recorder.sectionShown("map");
        recorder.detailOpened(new Link.ToEvent("2011-12-16-shooting"));
        recorder.detailOpened(new Link.ToPerson("roza-tuletaeva"));
        recorder.linkFollowed("map", "timeline");
        recorder.idleReset();
        clock.advanceSeconds(1);
        recorder.staffAction("reload-content");

        assertThat(lines("2026-11-29")).containsExactly(
                "{\"time\":\"2026-11-29T10:00:01Z\",\"type\":\"staff\",\"action\":\"reload-content\"}");
    }

    @Test
    void showingTheSameSectionAgainOrStartingARunningVisitChangesNothing() throws IOException {
        MutableClock clock = new MutableClock("2026-11-29T10:00:00Z", ZoneOffset.UTC);
        UsageRecorder recorder = recorder(clock);
        recorder.sectionShown("timeline");
        recorder.visitStarted();
        clock.advanceSeconds(10);
        recorder.visitStarted();
        recorder.sectionShown("timeline");
        clock.advanceSeconds(10);
        recorder.sectionShown("map");

        assertThat(lines("2026-11-29")).containsExactly(
                "{\"time\":\"2026-11-29T10:00:00Z\",\"type\":\"visit-start\",\"visit\":1}",
                "{\"time\":\"2026-11-29T10:00:20Z\",\"type\":\"section\",\"section\":\"timeline\",\"dwellMs\":20000,\"visit\":1}");
    }

    @Test
    void aResetSoonerThanTheIdleTimeoutEndsTheVisitAtTheLastActivity() throws IOException {
        MutableClock clock = new MutableClock("2026-11-29T10:00:00Z", ZoneOffset.UTC);
        UsageRecorder recorder = recorder(clock);
        recorder.sectionShown("home");
        recorder.visitStarted();
        clock.advanceSeconds(30);
        recorder.sectionShown("map");
        clock.advanceSeconds(10);
        recorder.idleReset();

        assertThat(lines("2026-11-29")).endsWith(
                "{\"time\":\"2026-11-29T10:00:30Z\",\"type\":\"section\",\"section\":\"map\",\"dwellMs\":0,\"visit\":1}",
                "{\"time\":\"2026-11-29T10:00:40Z\",\"type\":\"idle-reset\",\"visitMs\":30000,\"visit\":1}");
    }

    @Test
    void visitsAreNumberedPerLocalDayAndEachLocalDayHasItsOwnFile() throws IOException {
        // 22:50 UTC is 23:50 in Berlin: the day turns at local midnight, 23:00 UTC
        MutableClock clock = new MutableClock("2026-11-29T22:50:00Z", ZoneId.of("Europe/Berlin"));
        UsageRecorder recorder = recorder(clock);
        recorder.sectionShown("home");
        recorder.visitStarted();
        clock.advanceSeconds(60);
        recorder.idleReset();
        clock.advanceSeconds(420);
        recorder.visitStarted(); // 23:58
        clock.advanceSeconds(180);
        recorder.sectionShown("map"); // 00:01, the next day
        clock.advanceSeconds(60);
        recorder.idleReset();
        recorder.visitStarted();

        assertThat(lines("2026-11-29")).containsExactly(
                "{\"time\":\"2026-11-29T22:50:00Z\",\"type\":\"visit-start\",\"visit\":1}",
                "{\"time\":\"2026-11-29T22:50:00Z\",\"type\":\"section\",\"section\":\"home\",\"dwellMs\":0,\"visit\":1}",
                "{\"time\":\"2026-11-29T22:51:00Z\",\"type\":\"idle-reset\",\"visitMs\":0,\"visit\":1}",
                "{\"time\":\"2026-11-29T22:58:00Z\",\"type\":\"visit-start\",\"visit\":2}");
        assertThat(lines("2026-11-30")).containsExactly(
                "{\"time\":\"2026-11-29T23:01:00Z\",\"type\":\"section\",\"section\":\"home\",\"dwellMs\":180000,\"visit\":2}",
                "{\"time\":\"2026-11-29T23:01:00Z\",\"type\":\"section\",\"section\":\"map\",\"dwellMs\":0,\"visit\":2}",
                "{\"time\":\"2026-11-29T23:02:00Z\",\"type\":\"idle-reset\",\"visitMs\":180000,\"visit\":2}",
                "{\"time\":\"2026-11-29T23:02:00Z\",\"type\":\"visit-start\",\"visit\":1}");
    }

    @Test
    void aClockSetBackDuringAVisitGivesNoNegativeTimes() throws IOException {
        MutableClock clock = new MutableClock("2026-11-29T10:00:00Z", ZoneOffset.UTC);
        UsageRecorder recorder = recorder(clock);
        recorder.sectionShown("home");
        recorder.visitStarted();
        clock.advanceSeconds(-600);
        recorder.sectionShown("map");

        assertThat(lines("2026-11-29")).last().asString().contains("\"dwellMs\":0");
    }
}
