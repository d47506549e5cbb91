package org.zhanaozen.kiosk.usage;

import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.zhanaozen.kiosk.usage.UsageEntry.EventOpened;

/**
 * A kiosk that does nothing but log usage, as fast as it can, through the real {@link JsonLinesUsageLog}, until it
 * is killed: {@code UsageLogWriterProcess FOLDER RUN}. Every {@value #REPORT_EVERY} entries it prints
 * {@value #PROGRESS} and the count, from another thread, so that writing goes on while the report travels and a kill
 * that follows it lands anywhere in the writing. What each line should hold is known from its run and number
 * ({@link #entry}).
 */
public final class UsageLogWriterProcess {

    static final String PROGRESS = "written ";
    static final int REPORT_EVERY = 10;
    /** The longest event id: sixteen pages. */
    private static final int LONGEST = 64_000;
    static final Instant TIME = Instant.parse("2026-11-29T10:00:00Z");

    private UsageLogWriterProcess() {
    }

    public static void main(String[] args) {
        Path folder = Path.of(args[0]);
        int run = Integer.parseInt(args[1]);
        UsageLog log = new JsonLinesUsageLog(folder, ZoneOffset.UTC, Runnable::run, JsonLinesUsageLog.Limits.DEFAULT);
        ExecutorService reporter = Executors.newSingleThreadExecutor();
        for (int number = 1; ; number++) {
            log.write(entry(run, number));
            if (number % REPORT_EVERY == 0) {
                int written = number;
                reporter.execute(() -> {
                    System.out.println(PROGRESS + written);
                    System.out.flush();
                });
            }
        }
    }

    /**
     * Entry {@code number} of a run: lines from under a hundred bytes to many pages (the event id grows and shrinks),
     * so that a kill can land inside a long write (several write calls for Files.write, and one the kernel can cut
     * part-way) as well as between short ones.
     */
    static UsageEntry entry(int run, int number) {
        int padding = (int) ((number * 7919L) % LONGEST);
        return new EventOpened(TIME, number, "run-" + run + "-" + "x".repeat(padding));
    }
}
