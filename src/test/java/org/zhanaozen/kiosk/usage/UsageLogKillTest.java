package org.zhanaozen.kiosk.usage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.zhanaozen.kiosk.UiTest;
import org.zhanaozen.kiosk.usage.JsonLinesUsageLog.Limits;
import org.zhanaozen.kiosk.usage.UsageEntry.EventOpened;

/**
 * A kiosk killed while it logs (power cut, OOM killer, {@code kill -9}) loses at most the line it was writing: a real
 * process writing through {@link JsonLinesUsageLog} is killed with SIGKILL, again and again, and the log is read back.
 */
@Tag(UiTest.TAG)
class UsageLogKillTest {

    private static final int KILLS = 8;
    private static final int LINES_AFTER_THE_KILLS = 3;
    /** The exit value of a killed process: 128 + SIGKILL, or TerminateProcess's 1 on Windows. */
    private static final int KILLED = System.getProperty("os.name").startsWith("Windows") ? 1 : 128 + 9;

    @TempDir
    Path temp;

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void aKilledWriterLosesAtMostTheLineItWasWritingAndTheNextRunAppendsCleanly() throws Exception {
        Path folder = temp.resolve("usage");
        long seed = System.nanoTime();
        Random random = new Random(seed);
        Map<Integer, Integer> reportedWritten = new HashMap<>();
        for (int run = 1; run <= KILLS; run++) {
            // a random moment: after one to four progress reports, while the writer goes on writing
            reportedWritten.put(run, killWhileWriting(folder, run, 1 + random.nextInt(4)));
        }
        int nextRun = KILLS + 1;
        UsageLog nextStart = new JsonLinesUsageLog(folder, ZoneOffset.UTC, Runnable::run, Limits.DEFAULT);
        for (int number = 1; number <= LINES_AFTER_THE_KILLS; number++) {
            nextStart.write(UsageLogWriterProcess.entry(nextRun, number));
        }

        String fileName = UsageFormat.fileName(LocalDate.ofInstant(UsageLogWriterProcess.TIME, ZoneOffset.UTC));
        String text = Files.readString(folder.resolve(fileName), StandardCharsets.UTF_8);
        assertThat(text).as("the file ends with a whole line").endsWith("\n");
        List<String> lines = List.of(text.substring(0, text.length() - 1).split("\n", -1));

        // Walk the file: each run's entries in order from 1, nothing missing, then perhaps one torn line, a prefix of
        // the entry that run was writing when it was killed, and then the next run from 1.
        int run = 1;
        int last = 0;
        boolean torn = false;
        List<Integer> tornLines = new ArrayList<>();
        Map<Integer, Integer> intact = new HashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            String where = fileName + ":" + (i + 1) + " (seed " + seed + ")";
            Optional<UsageEntry> entry = parse(line);
            if (entry.isEmpty()) {
                assertThat(torn).as(where + ": a second bad line in run " + run + ": " + shortened(line)).isFalse();
                assertThat(UsageFormat.toLine(UsageLogWriterProcess.entry(run, last + 1)).startsWith(line))
                        .as(where + ": not the start of entry " + (last + 1) + " of run " + run + ", but "
                                + shortened(line))
                        .isTrue();
                torn = true;
                tornLines.add(i + 1);
                continue;
            }
            EventOpened opened = (EventOpened) entry.get();
            int entryRun = Integer.parseInt(opened.event().split("-")[1]);
            if (entryRun != run) {
                assertThat(entryRun).as(where + ": the next run").isEqualTo(run + 1);
                assertThat(opened.visit()).as(where + ": the next run's first entry").isEqualTo(1);
                intact.put(run, last);
                run = entryRun;
                last = 0;
                torn = false;
            }
            assertThat(torn).as(where + ": an intact line after a torn one in the same run").isFalse();
            assertThat(opened.equals(UsageLogWriterProcess.entry(run, last + 1)))
                    .as(where + ": not entry " + (last + 1) + " of run " + run + ", but " + shortened(line))
                    .isTrue();
            last++;
        }
        intact.put(run, last);

        assertThat(run).as("every run is in the file (seed " + seed + ")").isEqualTo(nextRun);
        assertThat(intact.get(nextRun)).isEqualTo(LINES_AFTER_THE_KILLS);
        reportedWritten.forEach((killed, written) -> assertThat(intact.get(killed))
                .as("run %d reported %d entries written before it was killed (seed %d)", killed, written, seed)
                .isGreaterThanOrEqualTo(written));

        UsageReport report = UsageReport.read(folder);
        assertThat(report.skippedLines()).isEqualTo(tornLines.size());
        assertThat(report.warnings()).containsExactlyElementsOf(tornLines.stream()
                .map(number -> fileName + ":" + number + ": " + UsageFormat.CUT_SHORT).toList());
        assertThat(report.events().stream().mapToInt(UsageReport.EventFigures::opens).sum())
                .isEqualTo(intact.values().stream().mapToInt(Integer::intValue).sum());
    }

    /**
     * Starts a writer, waits until it has reported writing {@code reports} times, and kills it.
     *
     * @return how many entries it reported written
     */
    private int killWhileWriting(Path folder, int run, int reports) throws IOException, InterruptedException {
        Path errors = temp.resolve("writer-" + run + ".err");
        Process writer = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), UsageLogWriterProcess.class.getName(),
                folder.toString(), String.valueOf(run))
                .redirectError(errors.toFile())
                .start();
        int written = 0;
        try (BufferedReader out = writer.inputReader()) {
            for (int seen = 0; seen < reports; ) {
                String line = out.readLine();
                if (line == null) {
                    fail("the writer stopped by itself: " + Files.readString(errors));
                }
                if (line.startsWith(UsageLogWriterProcess.PROGRESS)) {
                    written = Integer.parseInt(line.substring(UsageLogWriterProcess.PROGRESS.length()));
                    seen++;
                }
            }
            writer.destroyForcibly();
            writer.waitFor();
        } finally {
            writer.destroyForcibly();
        }
        assertThat(writer.exitValue()).as("killed, not stopped by itself").isEqualTo(KILLED);
        assertThat(errors).isEmptyFile();
        return written;
    }

    /** A line of up to several pages, made short enough to read in a failure message. */
    private static String shortened(String line) {
        return line.length() <= 120 ? line : line.substring(0, 60) + "…" + line.substring(line.length() - 60)
                + " (" + line.length() + " characters)";
    }

    private static Optional<UsageEntry> parse(String line) {
        try {
            return Optional.of(UsageFormat.parse(line));
        } catch (IllegalArgumentException notWhole) {
            return Optional.empty();
        }
    }
}
