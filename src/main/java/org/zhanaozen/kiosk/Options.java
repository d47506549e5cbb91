package org.zhanaozen.kiosk;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.zhanaozen.kiosk.usage.UsageFolders;

/**
 * The kiosk's command line, the same under {@code mvn javafx:run -Djavafx.args="…"} and in the packaged app.
 *
 * @param data        the content folder
 * @param command     what to do: run the kiosk, or one of the one-shot commands
 * @param windowed    a normal window instead of full screen (rehearsals, development)
 * @param output      where --screenshots writes
 * @param width       screenshot width (or 0: both default sizes)
 * @param height      screenshot height
 * @param usage       the usage log folder that --usage-report reads
 */
public record Options(Path data, Command command, boolean windowed, Path output, int width, int height, Path usage) {

    public enum Command { RUN, VALIDATE, SCREENSHOTS, USAGE_REPORT, HELP, VERSION }

    /** Where the bundled content is: set by the packaged app's launcher, else the project's data folder. */
    public static Path defaultDataFolder() {
        return Path.of(System.getProperty("kiosk.data", "data"));
    }

    public static final String USAGE = String.join(System.lineSeparator(),
            "Usage: zhanaozen-kiosk [options]",
            "",
            "  --data DIR              content folder (default: the bundled data/ folder)",
            "  --windowed              a normal, resizable window instead of full screen",
            "  --validate [DIR]        check a content folder (default: --data), print every problem, exit 0 if valid, 1 if not",
            "  --screenshots DIR       render every screen and its main states to PNG files in DIR, then exit",
            "  --size WxH              the size for --screenshots (default: both 1920x1080 and 1080x1920)",
            "  --usage-report [DIR]    print visits per day, visit lengths, most viewed sections and events from the",
            "                          usage log in DIR (default: " + UsageFolders.defaultFolder() + ")",
            "  --version               print the version",
            "  --help                  print this help",
            "",
            "Under Maven: mvn javafx:run -Djavafx.args=\"--validate data\"");

    /**
     * Parses the command line.
     *
     * @throws IllegalArgumentException with a one-line message fit to print, for a malformed command line
     */
    public static Options parse(List<String> args) {
        Path data = defaultDataFolder();
        Command command = Command.RUN;
        boolean windowed = false;
        Path output = null;
        Optional<Path> validateFolder = Optional.empty();
        Path usage = UsageFolders.defaultFolder();
        int width = 0;
        int height = 0;
        List<String> rest = new ArrayList<>(args);
        while (!rest.isEmpty()) {
            String arg = rest.remove(0);
            switch (arg) {
                case "--data" -> data = Path.of(value(arg, rest));
                case "--windowed" -> windowed = true;
                case "--validate" -> {
                    command = Command.VALIDATE;
                    if (!rest.isEmpty() && !rest.get(0).startsWith("--")) {
                        validateFolder = Optional.of(Path.of(rest.remove(0)));
                    }
                }
                case "--screenshots" -> {
                    command = Command.SCREENSHOTS;
                    output = Path.of(value(arg, rest));
                }
                case "--usage-report" -> {
                    command = Command.USAGE_REPORT;
                    if (!rest.isEmpty() && !rest.get(0).startsWith("--")) {
                        usage = Path.of(rest.remove(0));
                    }
                }
                case "--size" -> {
                    String size = value(arg, rest);
                    String[] parts = size.split("[xX]");
                    try {
                        width = Integer.parseInt(parts[0]);
                        height = Integer.parseInt(parts[1]);
                    } catch (RuntimeException e) {
                        throw new IllegalArgumentException("--size needs WIDTHxHEIGHT, e.g. 1920x1080, not \"" + size + "\"");
                    }
                    if (parts.length != 2 || width < 320 || height < 320 || width > 8192 || height > 8192) {
                        throw new IllegalArgumentException("--size must be between 320x320 and 8192x8192, not \"" + size + "\"");
                    }
                }
                case "--help", "-h" -> command = Command.HELP;
                case "--version" -> command = Command.VERSION;
                default -> throw new IllegalArgumentException("unknown option \"" + arg + "\" (see --help)");
            }
        }
        return new Options(validateFolder.orElse(data), command, windowed, output, width, height, usage);
    }

    private static String value(String option, List<String> rest) {
        if (rest.isEmpty() || rest.get(0).startsWith("--")) {
            throw new IllegalArgumentException(option + " needs a value (see --help)");
        }
        return rest.remove(0);
    }
}
