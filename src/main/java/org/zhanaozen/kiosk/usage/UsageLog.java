package org.zhanaozen.kiosk.usage;

import java.nio.file.Path;
import java.time.ZoneId;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/** Where the {@link UsageRecorder} sends its entries. Implementations never throw to the caller. */
public interface UsageLog {

    /** Records the entry, possibly later and on another thread; never throws, never blocks on the disk. */
    void write(UsageEntry entry);

    /** A log that keeps nothing: for screenshots, tests, or a kiosk told not to record. */
    static UsageLog none() {
        return entry -> {
        };
    }

    /**
     * The kiosk's log: daily JSON Lines files in {@code folder} (created when missing), days counted in {@code zone},
     * written on one background daemon thread, within {@link JsonLinesUsageLog.Limits#DEFAULT}.
     */
    static UsageLog inFolder(Path folder, ZoneId zone) {
        ExecutorService writer = Executors.newSingleThreadExecutor(task -> {
            Thread thread = new Thread(task, "usage-log");
            thread.setDaemon(true);
            return thread;
        });
        return new JsonLinesUsageLog(folder, zone, writer, JsonLinesUsageLog.Limits.DEFAULT);
    }
}
