package org.zhanaozen.kiosk;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The kiosk's command line, the same under {@code mvn javafx:run -Djavafx.args="…"} and in the packaged app.
 *
 * @param data        the content folder
 * @param command     what to do: run the kiosk, or one of the one-shot commands
 * @param windowed    a normal window instead of full screen (rehearsals, development)
 * @param output      where --screenshots writes
 * @param width       screenshot width (or 0: both default sizes)
 * @param height      screenshot height
 * @param config      the kiosk's configuration file
 * @param idle        idle reset in a --windowed rehearsal too (it is always on in kiosk mode)
 * @param pin         the PIN given to --hash-pin, or null: read it from standard input
 * @param usage       the usage log folder that --usage-report reads
 * @param presenting  presentation mode: start, swap screens, autoplay, transitions
 */
public record Options(Path data, Command command, boolean windowed, Path output, int width, int height, Path config,
                      boolean idle, String pin, Path usage, Presenting presenting) {

    /**
     * How the kiosk presents its guided tour.
     *
     * @param present         start in presentation mode
     * @param swapScreens     the exhibit on the primary screen and the presenter view on the other
     * @param autoplaySeconds a step every so many seconds, looping (0: the presenter's own pace)
     * @param noTransitions   screens jump instead of animating
     */
    public record Presenting(boolean present, boolean swapScreens, int autoplaySeconds, boolean noTransitions) {
    }

    public enum Command { RUN, VALIDATE, SCREENSHOTS, SMOKE_TEST, HASH_PIN, USAGE_REPORT, HELP, VERSION }

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
            "  --config FILE           the kiosk's settings (default: " + KioskFolders.ofThisMachine().config() + ")",
            "  --idle                  idle reset and attract state in a --windowed rehearsal too",
            "  --hash-pin [PIN]        print the staff.pin.hash line for a staff PIN (4-12 digits; read from standard input if not given)",
            "  --present               start in presentation mode: the guided tour, stepped with a clicker or the keys",
            "  --autoplay SECONDS      presentation mode that steps by itself every SECONDS (5-3600), looping",
            "  --swap-screens          with two screens, the exhibit on the primary one and the presenter view on the other",
            "  --no-transitions        screens jump instead of animating (also: motion.reduced=true in the settings)",
            "  --usage-report [DIR]    print visits per day, visit lengths, most viewed sections and events from the",
            "                          usage log in DIR (default: " + KioskFolders.ofThisMachine().usage() + ")",
            "  --smoke-test            headless: load the content, show every screen once, exit 0 if all rendered, 1 if not",
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
        Path usage = KioskFolders.ofThisMachine().usage();
        int width = 0;
        int height = 0;
        Path config = KioskFolders.ofThisMachine().config();
        boolean idle = false;
        String pin = null;
        boolean present = false;
        boolean swapScreens = false;
        int autoplay = 0;
        boolean noTransitions = false;
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
                case "--config" -> config = Path.of(value(arg, rest));
                case "--idle" -> idle = true;
                case "--hash-pin" -> {
                    command = Command.HASH_PIN;
                    if (!rest.isEmpty() && !rest.get(0).startsWith("--")) {
                        pin = rest.remove(0);
                    }
                }
                case "--smoke-test" -> command = Command.SMOKE_TEST;
                case "--present" -> present = true;
                case "--swap-screens" -> swapScreens = true;
                case "--no-transitions" -> noTransitions = true;
                case "--autoplay" -> {
                    String seconds = value(arg, rest);
                    try {
                        autoplay = Integer.parseInt(seconds);
                    } catch (NumberFormatException e) {
                        autoplay = -1;
                    }
                    if (autoplay < 5 || autoplay > 3600) {
                        throw new IllegalArgumentException("--autoplay needs a number of seconds from 5 to 3600, not \""
                                + seconds + "\"");
                    }
                    present = true;
                }
                case "--help", "-h" -> command = Command.HELP;
                case "--version" -> command = Command.VERSION;
                default -> throw new IllegalArgumentException("unknown option \"" + arg + "\" (see --help)");
            }
        }
        return new Options(validateFolder.orElse(data), command, windowed, output, width, height, config, idle, pin,
                usage, new Presenting(present, swapScreens, autoplay, noTransitions));
    }

    private static String value(String option, List<String> rest) {
        if (rest.isEmpty() || rest.get(0).startsWith("--")) {
            throw new IllegalArgumentException(option + " needs a value (see --help)");
        }
        return rest.remove(0);
    }
}
