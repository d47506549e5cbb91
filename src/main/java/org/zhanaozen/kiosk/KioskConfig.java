package org.zhanaozen.kiosk;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
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
 * {@code packaging/kiosk.properties.example}). A missing file means the defaults; an unknown key or a bad value is
 * reported (file, line, key) and its default used, so a typo never keeps the kiosk from starting.
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

    /** The settings in this file; never throws. */
    public static KioskConfig load(Path file) {
        try {
            return parse(Files.readString(file, StandardCharsets.UTF_8), file);
        } catch (NoSuchFileException missing) {
            return parse("", file);
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
        Parser parser = new Parser(file);
        parser.read(text);
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
            int seconds;
            try {
                seconds = Integer.parseInt(value);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("\"" + value + "\" is not a whole number of seconds");
            }
            if (seconds < min || seconds > max) {
                throw new IllegalArgumentException(seconds + " is outside " + min + " to " + max + " seconds");
            }
            return Duration.ofSeconds(seconds);
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

        void read(String text) {
            String[] physical = text.split("\\R", -1);
            Set<String> seen = new HashSet<>();
            for (int i = 0; i < physical.length; i++) {
                int lineNumber = i + 1;
                StringBuilder logical = new StringBuilder(physical[i]);
                // A line ending in an odd number of backslashes continues on the next, as in any properties file.
                while (endsInContinuation(logical) && i + 1 < physical.length) {
                    logical.setLength(logical.length() - 1);
                    logical.append(physical[++i].stripLeading());
                }
                String line = logical.toString().strip();
                if (line.isEmpty() || line.startsWith("#") || line.startsWith("!")) {
                    continue;
                }
                Properties one = new Properties();
                try {
                    one.load(new StringReader(line));
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
}
