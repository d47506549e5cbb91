package org.zhanaozen.kiosk.usage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.RejectedExecutionException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;
import org.zhanaozen.kiosk.usage.JsonLinesUsageLog.Limits;
import org.zhanaozen.kiosk.usage.UsageEntry.StaffAction;
import org.zhanaozen.kiosk.usage.UsageEntry.VisitStart;

/** The log on disk: where lines go, what it keeps, and that a failing disk never reaches the kiosk. */
class JsonLinesUsageLogTest {

    @TempDir
    Path temp;

    private final Logger logger = (Logger) LoggerFactory.getLogger(JsonLinesUsageLog.class);
    private final ListAppender<ILoggingEvent> logged = new ListAppender<>();

    @BeforeEach
    void captureTheLog() {
        logged.start();
        logger.addAppender(logged);
    }

    @AfterEach
    void releaseTheLog() {
        logger.detachAppender(logged);
    }

    private static JsonLinesUsageLog log(Path folder, Limits limits) {
        return new JsonLinesUsageLog(folder, ZoneOffset.UTC, Runnable::run, limits);
    }

    private static VisitStart visit(String time, int number) {
        return new VisitStart(Instant.parse(time), number);
    }

    private List<ILoggingEvent> logged(Level level) {
        return logged.list.stream().filter(event -> event.getLevel() == level).toList();
    }

    @Test
    void aMissingFolderIsCreated() throws IOException {
        Path folder = temp.resolve("state/zhanaozen-kiosk/usage");
        log(folder, Limits.DEFAULT).write(visit("2026-11-29T10:00:00Z", 1));

        assertThat(Files.readAllLines(folder.resolve("usage-2026-11-29.jsonl")))
                .containsExactly("{\"time\":\"2026-11-29T10:00:00Z\",\"type\":\"visit-start\",\"visit\":1}");
    }

    @Test
    void anUnwritableFolderNeverThrowsIsReportedOnceAndIsRetriedAMinuteLater() throws IOException {
        // a file where the folder should be: unwritable even for root, who ignores permissions
        Path folder = Files.writeString(temp.resolve("usage"), "not a folder");
        JsonLinesUsageLog log = log(folder, Limits.DEFAULT);

        assertThatCode(() -> {
            log.write(visit("2026-11-29T10:00:00Z", 1));
            log.write(visit("2026-11-29T10:00:30Z", 2));
            log.write(new StaffAction(Instant.parse("2026-11-29T10:00:59Z"), "reload-content"));
        }).doesNotThrowAnyException();
        assertThat(logged(Level.WARN)).hasSize(1);
        assertThat(logged(Level.WARN).get(0).getFormattedMessage()).contains("cannot write to " + folder);

        Files.delete(folder); // staff fixed it
        log.write(visit("2026-11-29T10:01:00Z", 3));

        assertThat(Files.readAllLines(folder.resolve("usage-2026-11-29.jsonl"))).singleElement().asString()
                .contains("\"visit\":3");
        assertThat(logged(Level.WARN)).hasSize(1);
        assertThat(logged(Level.INFO)).singleElement().extracting(ILoggingEvent::getFormattedMessage).asString()
                .contains("again").contains("3 lines were lost");
    }

    @Test
    void aStoppedWriterNeverThrows() {
        JsonLinesUsageLog log = new JsonLinesUsageLog(temp, ZoneOffset.UTC, task -> {
            throw new RejectedExecutionException("shut down");
        }, Limits.DEFAULT);

        assertThatCode(() -> {
            log.write(visit("2026-11-29T10:00:00Z", 1));
            log.write(visit("2026-11-29T10:00:01Z", 2));
        }).doesNotThrowAnyException();
        assertThat(logged(Level.WARN)).hasSize(1);
    }

    @Test
    void aLineCutShortByAKilledKioskStaysAloneAndTheNextLineStartsOnItsOwn() throws IOException {
        String whole = UsageFormat.toLine(visit("2026-11-29T09:00:00Z", 1));
        String torn = UsageFormat.toLine(visit("2026-11-29T09:00:05Z", 2)).substring(0, 20);
        Path file = temp.resolve("usage-2026-11-29.jsonl");
        Files.writeString(file, whole + "\n" + torn);

        JsonLinesUsageLog nextRun = log(temp, Limits.DEFAULT);
        nextRun.write(visit("2026-11-29T10:00:00Z", 1));
        nextRun.write(visit("2026-11-29T10:00:01Z", 2));

        assertThat(Files.readAllLines(file)).containsExactly(whole, torn,
                UsageFormat.toLine(visit("2026-11-29T10:00:00Z", 1)),
                UsageFormat.toLine(visit("2026-11-29T10:00:01Z", 2)));
        UsageReport report = UsageReport.read(temp);
        assertThat(report.warnings()).containsExactly("usage-2026-11-29.jsonl:2: " + UsageFormat.CUT_SHORT);
        assertThat(report.totalVisits()).isEqualTo(3);
    }

    @Test
    void aFileEndingInAWholeLineGetsNoEmptyLine() throws IOException {
        String whole = UsageFormat.toLine(visit("2026-11-29T09:00:00Z", 1));
        Path file = temp.resolve("usage-2026-11-29.jsonl");
        Files.writeString(file, whole + "\n");

        log(temp, Limits.DEFAULT).write(visit("2026-11-29T10:00:00Z", 2));

        assertThat(Files.readString(file))
                .isEqualTo(whole + "\n" + UsageFormat.toLine(visit("2026-11-29T10:00:00Z", 2)) + "\n");
    }

    @Test
    void daysOlderThanTheLimitAreDeletedAndOtherFilesLeftAlone() throws IOException {
        Files.writeString(temp.resolve("usage-2026-11-26.jsonl"), "{}\n");
        Files.writeString(temp.resolve("usage-2026-11-27.jsonl"), "{}\n");
        Files.writeString(temp.resolve("notes.txt"), "the staff's own notes\n");

        log(temp, new Limits(3, 1_000_000)).write(visit("2026-11-29T10:00:00Z", 1));

        assertThat(temp.resolve("usage-2026-11-26.jsonl")).doesNotExist();
        assertThat(temp.resolve("usage-2026-11-27.jsonl")).exists();
        assertThat(temp.resolve("usage-2026-11-29.jsonl")).exists();
        assertThat(temp.resolve("notes.txt")).exists();
    }

    @Test
    void beyondTheSizeLimitTheOldestDaysGoFirst() throws IOException {
        Files.writeString(temp.resolve("usage-2026-11-27.jsonl"), "x".repeat(600));
        Files.writeString(temp.resolve("usage-2026-11-28.jsonl"), "x".repeat(350));

        log(temp, new Limits(30, 1_000)).write(visit("2026-11-29T10:00:00Z", 1));

        assertThat(temp.resolve("usage-2026-11-27.jsonl")).doesNotExist();
        assertThat(temp.resolve("usage-2026-11-28.jsonl")).exists();
        assertThat(temp.resolve("usage-2026-11-29.jsonl")).exists();
    }

    @Test
    void whenTodayAloneReachesTheLimitTheRestOfTheDayIsDroppedWithOneWarning() throws IOException {
        JsonLinesUsageLog log = log(temp, new Limits(30, 200));
        for (int visit = 1; visit <= 10; visit++) {
            log.write(visit("2026-11-29T10:00:00Z", visit));
        }

        // each line is 63 bytes: three fit in 200
        assertThat(Files.readAllLines(temp.resolve("usage-2026-11-29.jsonl"))).hasSize(3);
        assertThat(logged(Level.WARN)).singleElement().extracting(ILoggingEvent::getFormattedMessage).asString()
                .contains("limit");

        log.write(visit("2026-11-30T10:00:00Z", 1));

        assertThat(temp.resolve("usage-2026-11-29.jsonl")).doesNotExist();
        assertThat(Files.readAllLines(temp.resolve("usage-2026-11-30.jsonl"))).hasSize(1);
    }
}
