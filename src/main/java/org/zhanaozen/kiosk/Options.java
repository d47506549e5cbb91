package org.zhanaozen.kiosk;

import java.nio.file.Path;
import java.util.List;

/**
 * The kiosk's command line as the rest of the app reads it, the same from {@code ./kiosk}, under
 * {@code mvn javafx:run -Djavafx.args="…"} and in the packaged app. {@link KioskCommandLine} defines and parses it.
 *
 * @param data        the content folder (for --import-timelinejs, the timeline file it reads)
 * @param command     what to do: run the kiosk, or one of the one-shot commands
 * @param windowed    a normal window instead of full screen (rehearsals, development)
 * @param output      where --screenshots writes, or the content folder --import-timelinejs writes
 * @param width       the one size --screenshots and --smoke-test render (or 0: both default sizes)
 * @param height      that size's height
 * @param config      the kiosk's configuration file
 * @param idle        idle reset in a --windowed rehearsal too (it is always on in kiosk mode)
 * @param pin         the PIN given to --hash-pin, or null: read it from standard input
 * @param usage       the usage log folder that --usage-report reads
 * @param presenting  presentation mode: start, swap screens, autoplay, transitions
 * @param help        the help of the command given (of the kiosk itself without one), printed for {@link Command#HELP}
 */
public record Options(Path data, Command command, boolean windowed, Path output, int width, int height, Path config,
                      boolean idle, String pin, Path usage, Presenting presenting, String help) {

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

    public enum Command { RUN, VALIDATE, SCREENSHOTS, SMOKE_TEST, HASH_PIN, USAGE_REPORT, IMPORT_TIMELINEJS, HELP, VERSION }

    /** Where the bundled content is: set by the packaged app's launcher, else the project's data folder. */
    public static Path defaultDataFolder() {
        return Path.of(System.getProperty("kiosk.data", "data"));
    }

    /**
     * Parses the command line.
     *
     * @throws IllegalArgumentException with a one-line message fit to print, for a malformed command line
     */
    public static Options parse(List<String> args) {
        return KioskCommandLine.parse(args);
    }
}
