package org.zhanaozen.kiosk.usage;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.SeekableByteChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The usage log on disk: one line per entry in {@code usage-YYYY-MM-DD.jsonl}, one file per day in the given zone.
 *
 * <p>Each line is appended on the executor (one thread, so lines keep their order) by opening, appending and closing
 * the day's file: nothing stays open, so a folder deleted or remounted while the kiosk runs is simply created again.
 * When writing fails (disk full, read-only or missing drive) the kiosk must carry on: the failure is logged once, the
 * lines are dropped, and writing is tried again a minute later. Old days are deleted so that weeks of running stay
 * within {@link Limits}.
 *
 * <p>A kiosk killed or without power part-way through loses at most the line it was writing: each line goes to the
 * file in one write, and before its first line to a file (and after any failed write) the writer looks at the file's
 * last byte, and if a line there was cut short it starts on a new line, so the next line is never glued to the torn
 * one. {@code --usage-report} skips the torn line and names it.
 */
public final class JsonLinesUsageLog implements UsageLog {

    /**
     * How much the log keeps: files of the last {@code days} days, and at most {@code maxBytes} in all; the oldest
     * days go first. When today's file alone reaches the limit, the rest of the day is not recorded.
     */
    public record Limits(int days, long maxBytes) {

        /** A year and a bit, for yearly reports to funders; 100 MB is years of a busy exhibition. */
        public static final Limits DEFAULT = new Limits(400, 100L * 1024 * 1024);
    }

    private static final Logger LOG = LoggerFactory.getLogger(JsonLinesUsageLog.class);
    static final Duration RETRY_AFTER = Duration.ofMinutes(1);

    private final Path folder;
    private final ZoneId zone;
    private final Executor executor;
    private final Limits limits;

    // only touched on the executor's thread
    private LocalDate currentDay;
    /** The file this writer last appended a whole line to: it ends in a line break, no need to look again. */
    private Path endsWithWholeLine;
    private long totalBytes;
    private Instant retryAt;
    private int lostLines;
    private LocalDate fullDay;
    private boolean rejectionLogged;

    /**
     * @param executor runs the writes in order, off the FX thread (tests: {@code Runnable::run})
     */
    public JsonLinesUsageLog(Path folder, ZoneId zone, Executor executor, Limits limits) {
        this.folder = folder;
        this.zone = zone;
        this.executor = executor;
        this.limits = limits;
    }

    @Override
    public void write(UsageEntry entry) {
        try {
            executor.execute(() -> append(entry));
        } catch (RejectedExecutionException stopped) {
            if (!rejectionLogged) {
                rejectionLogged = true;
                LOG.warn("Usage log: the writer has stopped; usage is no longer recorded");
            }
        }
    }

    private void append(UsageEntry entry) {
        Instant time = entry.time();
        if (retryAt != null && time.isBefore(retryAt)) {
            lostLines++;
            return;
        }
        try {
            LocalDate day = LocalDate.ofInstant(time, zone);
            byte[] line = (UsageFormat.toLine(entry) + "\n").getBytes(StandardCharsets.UTF_8);
            Files.createDirectories(folder);
            if (!day.equals(currentDay) || totalBytes + line.length > limits.maxBytes()) {
                currentDay = day;
                prune(day, line.length);
            }
            Path file = folder.resolve(UsageFormat.fileName(day));
            byte[] bytes = file.equals(endsWithWholeLine) || !endsMidLine(file) ? line : afterLineBreak(line);
            if (totalBytes + bytes.length > limits.maxBytes()) {
                dayFull(day);
                return;
            }
            appendInOneWrite(file, bytes);
            endsWithWholeLine = file;
            totalBytes += bytes.length;
            writing();
        } catch (IOException | RuntimeException failure) {
            failed(failure, time);
        }
    }

    /** Whether the file's last line has no line break: a kiosk stopped while writing it. */
    private static boolean endsMidLine(Path file) throws IOException {
        if (!Files.exists(file)) {
            return false;
        }
        try (SeekableByteChannel channel = Files.newByteChannel(file, StandardOpenOption.READ)) {
            if (channel.size() == 0) {
                return false;
            }
            ByteBuffer last = ByteBuffer.allocate(1);
            channel.position(channel.size() - 1).read(last);
            return last.get(0) != '\n';
        }
    }

    private static byte[] afterLineBreak(byte[] line) {
        byte[] bytes = new byte[line.length + 1];
        bytes[0] = '\n';
        System.arraycopy(line, 0, bytes, 1, line.length);
        return bytes;
    }

    /**
     * Appends with a single write call for the whole line, so that a kill leaves the line whole, absent, or cut at
     * the end of the file (Files.write would write a long line in several calls). A file system that takes only part
     * of it is given the rest.
     */
    private static void appendInOneWrite(Path file, byte[] bytes) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.APPEND)) {
            ByteBuffer buffer = ByteBuffer.wrap(bytes);
            while (buffer.hasRemaining()) {
                channel.write(buffer);
            }
        }
    }

    /**
     * Deletes the days beyond the limits, oldest first, never {@code today}, leaving room for {@code incoming} bytes;
     * counts what is left.
     */
    private void prune(LocalDate today, long incoming) throws IOException {
        Map<LocalDate, Path> files = new TreeMap<>();
        try (Stream<Path> listing = Files.list(folder)) {
            listing.forEach(file -> UsageFormat.dayOf(file.getFileName().toString())
                    .ifPresent(day -> files.put(day, file)));
        }
        Map<Path, Long> sizes = new HashMap<>();
        long total = 0;
        for (Path file : files.values()) {
            long size = Files.size(file);
            sizes.put(file, size);
            total += size;
        }
        LocalDate oldestKept = today.minusDays(limits.days() - 1L);
        List<String> deleted = new ArrayList<>();
        for (Map.Entry<LocalDate, Path> file : files.entrySet()) {
            boolean tooOld = file.getKey().isBefore(oldestKept);
            boolean tooMuch = total + incoming > limits.maxBytes() && !file.getKey().equals(today);
            if (!tooOld && !tooMuch) {
                break;
            }
            Files.delete(file.getValue());
            total -= sizes.get(file.getValue());
            deleted.add(file.getValue().getFileName().toString());
        }
        if (!deleted.isEmpty()) {
            LOG.info("Usage log: deleted {} to stay within {} days and {} MB", deleted, limits.days(),
                    limits.maxBytes() / (1024 * 1024));
        }
        totalBytes = total;
    }

    private void dayFull(LocalDate day) {
        if (!day.equals(fullDay)) {
            fullDay = day;
            LOG.warn("Usage log: {} has reached the {} MB limit; the rest of {} is not recorded",
                    folder, limits.maxBytes() / (1024 * 1024), day);
        }
    }

    private void failed(Exception failure, Instant time) {
        lostLines++;
        endsWithWholeLine = null; // a write that failed part-way leaves part of a line
        if (retryAt == null) {
            LOG.warn("Usage log: cannot write to {} ({}); usage is not recorded until this is fixed, retrying every {} s",
                    folder, describe(failure), RETRY_AFTER.toSeconds());
        }
        retryAt = time.plus(RETRY_AFTER);
    }

    private void writing() {
        if (retryAt != null) {
            LOG.info("Usage log: writing to {} again; {} lines were lost", folder, lostLines);
        }
        retryAt = null;
        lostLines = 0;
    }

    private static String describe(Exception failure) {
        String message = failure.getMessage();
        String kind = failure.getClass().getSimpleName();
        return message == null ? kind : kind + ": " + message;
    }
}
