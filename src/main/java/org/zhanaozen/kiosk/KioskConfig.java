package org.zhanaozen.kiosk;

import java.io.IOException;
import java.io.StringReader;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.function.Function;
import org.zhanaozen.kiosk.frame.PinHash;

/**
 * The kiosk's settings for unattended operation, read from one Java properties file (documented in
 * {@code packaging/kiosk.properties.example}). A missing file means the defaults (reported when --config named it); an
 * unknown key, a bad value or a line that is not UTF-8 is reported (file, line, key) and its default used, so a typo
 * never keeps the kiosk from starting, and one bad line never costs the others. A UTF-8 byte-order mark is allowed.
 *
 * @param idleTimeout    idle.timeout.seconds: no input for this long brings the "Are you still there?" warning
 * @param idleWarning    idle.warning.seconds: the warning's countdown before the reset (at least 20 s, WCAG 2.2.1)
 * @param cursorHide     cursor.hide.seconds: the mouse pointer hides after this long without movement; 0 never
 * @param reducedMotion  motion.reduced: the attract state stands still
 * @param staffPinHash   staff.pin.hash: the staff PIN as --hash-pin prints it; without it the staff menu is closed
 * @param logFolder      log.folder: where the rotating log files go
 * @param idleInWindowed idle.in.windowed: idle reset in a --windowed rehearsal too
 * @param file           the file read, or that would have been
 * @param messages       what was wrong in the file, one line each, naming file, line and key
 */
public record KioskConfig(Duration idleTimeout, Duration idleWarning, Duration cursorHide, boolean reducedMotion,
                          Optional<PinHash> staffPinHash, Path logFolder, boolean idleInWindowed, Path file,
                          List<String> messages) {

    static final Duration DEFAULT_IDLE_TIMEOUT = Duration.ofSeconds(90);
    static final Duration DEFAULT_IDLE_WARNING = Duration.ofSeconds(20);
    static final Duration DEFAULT_CURSOR_HIDE = Duration.ofSeconds(3);

    public KioskConfig {
        messages = List.copyOf(messages);
    }

    /**
     * The settings in this file; never throws. A missing file means the defaults: quietly for the default file, with
     * a message for one that staff {@code named} (with --config), since they meant it to be there.
     */
    public static KioskConfig load(Path file, boolean named) {
        try {
            return read(Lines.of(Files.readAllBytes(file)), file);
        } catch (NoSuchFileException missing) {
            KioskConfig defaults = parse("", file);
            return named ? defaults.withMessages(List.of(file + ": not found (named by --config): using the defaults"))
                    : defaults;
        } catch (IOException | RuntimeException unreadable) {
            KioskConfig defaults = parse("", file);
            List<String> messages = List.of(file + ": cannot be read (" + unreadable.getMessage() + "): using the defaults");
            return defaults.withMessages(messages);
        }
    }

    private KioskConfig withMessages(List<String> newMessages) {
        return new KioskConfig(idleTimeout, idleWarning, cursorHide, reducedMotion, staffPinHash, logFolder,
                idleInWindowed, file, newMessages);
    }

    /** The settings in this text, as if read from {@code file}. */
    static KioskConfig parse(String text, Path file) {
        return read(Lines.of(text), file);
    }

    private static KioskConfig read(List<Line> lines, Path file) {
        Parser parser = new Parser(file);
        parser.read(lines);
        return new KioskConfig(
                parser.get("idle.timeout.seconds", seconds(10, 86_400), DEFAULT_IDLE_TIMEOUT),
                parser.get("idle.warning.seconds", seconds(20, 600), DEFAULT_IDLE_WARNING),
                parser.get("cursor.hide.seconds", seconds(0, 3_600), DEFAULT_CURSOR_HIDE),
                parser.get("motion.reduced", KioskConfig::bool, false),
                parser.get("staff.pin.hash", value -> Optional.of(PinHash.parse(value)), Optional.empty()),
                parser.get("log.folder", KioskConfig::folder, KioskFolders.ofThisMachine().logs()),
                parser.get("idle.in.windowed", KioskConfig::bool, false),
                file,
                parser.messages);
    }

    private static Function<String, Duration> seconds(int min, int max) {
        return value -> {
            BigInteger seconds;
            try {
                // not parseInt: a number too large for an int is still a number, just too large
                seconds = new BigInteger(value);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("\"" + value + "\" is not a whole number of seconds");
            }
            if (seconds.compareTo(BigInteger.valueOf(max)) > 0) {
                throw new IllegalArgumentException(value + " is too large (at most " + max + " seconds)");
            }
            if (seconds.compareTo(BigInteger.valueOf(min)) < 0) {
                throw new IllegalArgumentException(value + " is too small (at least " + min + " seconds)");
            }
            return Duration.ofSeconds(seconds.longValueExact());
        };
    }

    private static boolean bool(String value) {
        return switch (value.toLowerCase(java.util.Locale.ROOT)) {
            case "true", "yes", "on" -> true;
            case "false", "no", "off" -> false;
            default -> throw new IllegalArgumentException("\"" + value + "\" is not true or false");
        };
    }

    private static Path folder(String value) {
        if (value.isBlank()) {
            throw new IllegalArgumentException("is empty");
        }
        return Path.of(value.startsWith("~/") ? System.getProperty("user.home") + value.substring(1) : value);
    }

    /** Keys with the line each was set on, read line by line so messages can name the line. */
    private static final class Parser {
        static final Set<String> KEYS = Set.of("idle.timeout.seconds", "idle.warning.seconds", "cursor.hide.seconds",
                "motion.reduced", "staff.pin.hash", "log.folder", "idle.in.windowed");

        final Path file;
        final Map<String, String> values = new java.util.HashMap<>();
        final Map<String, Integer> lines = new java.util.HashMap<>();
        final List<String> messages = new ArrayList<>();

        Parser(Path file) {
            this.file = file;
        }

        void read(List<Line> physical) {
            Set<String> seen = new HashSet<>();
            for (int i = 0; i < physical.size(); i++) {
                int lineNumber = i + 1;
                Line first = physical.get(i);
                // A comment never continues, even ending in a backslash, as in java.util.Properties.
                if (first.isBlankOrComment()) {
                    if (!first.utf8()) {
                        notUtf8(lineNumber, lineNumber, lineNumber);
                    }
                    continue;
                }
                StringBuilder logical = new StringBuilder(first.text());
                int notUtf8 = first.utf8() ? 0 : lineNumber;
                // A line ending in an odd number of backslashes continues on the next, as in any properties file.
                while (endsInContinuation(logical) && i + 1 < physical.size()) {
                    Line next = physical.get(++i);
                    logical.setLength(logical.length() - 1);
                    logical.append(next.text().stripLeading());
                    if (notUtf8 == 0 && !next.utf8()) {
                        notUtf8 = i + 1;
                    }
                }
                if (notUtf8 != 0) {
                    notUtf8(lineNumber, notUtf8, i + 1);
                    continue;
                }
                Properties one = new Properties();
                try {
                    one.load(new StringReader(logical.toString().strip()));
                } catch (IOException | IllegalArgumentException e) {
                    messages.add(where(lineNumber) + "cannot be read (" + e.getMessage() + "): line ignored");
                    continue;
                }
                for (String key : one.stringPropertyNames()) {
                    if (!KEYS.contains(key)) {
                        messages.add(where(lineNumber) + "unknown key \"" + key + "\": ignored (known keys: "
                                + String.join(", ", KEYS.stream().sorted().toList()) + ")");
                    } else {
                        if (!seen.add(key)) {
                            messages.add(where(lineNumber) + key + " is set again: the last value counts");
                        }
                        values.put(key, one.getProperty(key).strip());
                        lines.put(key, lineNumber);
                    }
                }
            }
        }

        /** Lines {@code first} to {@code last} are one setting, lost because line {@code bad} is not UTF-8. */
        private void notUtf8(int first, int bad, int last) {
            messages.add(where(first) + "line " + bad + " is not UTF-8: "
                    + (first == last ? "ignored" : "lines " + first + " to " + last + " ignored")
                    + " (save the file as UTF-8)");
        }

        private static boolean endsInContinuation(CharSequence line) {
            int backslashes = 0;
            for (int i = line.length() - 1; i >= 0 && line.charAt(i) == '\\'; i--) {
                backslashes++;
            }
            return backslashes % 2 == 1;
        }

        private String where(int line) {
            return file + ":" + line + ": ";
        }

        <T> T get(String key, Function<String, T> convert, T fallback) {
            String value = values.get(key);
            if (value == null) {
                return fallback;
            }
            try {
                return convert.apply(value);
            } catch (IllegalArgumentException bad) {
                // Never echo a PIN hash's value: only what is wrong with it.
                messages.add(where(lines.get(key)) + key + ": " + bad.getMessage() + ": using the default ("
                        + describe(fallback) + ")");
                return fallback;
            }
        }

        private static String describe(Object fallback) {
            if (fallback instanceof Duration duration) {
                return duration.toSeconds() + " s";
            }
            if (fallback instanceof Optional<?> optional && optional.isEmpty()) {
                return "none: the staff menu stays closed";
            }
            return String.valueOf(fallback);
        }
    }

    /**
     * One physical line of the file. Each line is decoded on its own, so a byte that is not UTF-8 (a file saved as
     * Latin-1 or Windows-1252) costs its line only. Such a line is kept, decoded leniently, only so that the parser can
     * still tell a comment or a continued value from it; its text is never used.
     */
    private record Line(String text, boolean utf8) {

        boolean isBlankOrComment() {
            String line = text.strip();
            return line.isEmpty() || line.startsWith("#") || line.startsWith("!");
        }
    }

    /** Splits a file into {@link Line}s at \n, \r\n or \r, as java.util.Properties does, dropping a byte-order mark. */
    private static final class Lines {

        private static final byte[] BYTE_ORDER_MARK = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

        private Lines() {
        }

        static List<Line> of(String text) {
            return Arrays.stream(withoutMark(text).split("\r\n|\r|\n", -1)).map(line -> new Line(line, true)).toList();
        }

        static List<Line> of(byte[] bytes) {
            CharsetDecoder strict = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT);
            int start = startsWithMark(bytes) ? BYTE_ORDER_MARK.length : 0;
            List<Line> lines = new ArrayList<>();
            for (int i = start; i <= bytes.length; i++) {
                if (i == bytes.length || bytes[i] == '\n' || bytes[i] == '\r') {
                    lines.add(decode(strict, bytes, start, i - start));
                    if (i + 1 < bytes.length && bytes[i] == '\r' && bytes[i + 1] == '\n') {
                        i++;
                    }
                    start = i + 1;
                }
            }
            return lines;
        }

        private static Line decode(CharsetDecoder strict, byte[] bytes, int from, int length) {
            try {
                return new Line(strict.decode(ByteBuffer.wrap(bytes, from, length)).toString(), true);
            } catch (CharacterCodingException notUtf8) {
                return new Line(new String(bytes, from, length, StandardCharsets.UTF_8), false);
            }
        }

        private static boolean startsWithMark(byte[] bytes) {
            int length = BYTE_ORDER_MARK.length;
            return bytes.length >= length && Arrays.equals(bytes, 0, length, BYTE_ORDER_MARK, 0, length);
        }

        private static String withoutMark(String text) {
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        }
    }
}
