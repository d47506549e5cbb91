package org.zhanaozen.kiosk;

import java.io.PrintStream;
import java.util.List;
import org.zhanaozen.kiosk.content.ValidateCommand;
import org.zhanaozen.kiosk.importer.ImportTimelineJsCommand;
import org.zhanaozen.kiosk.usage.UsageReportCommand;

/**
 * The entry point. Deliberately not a JavaFX Application, so the kiosk starts from a plain classpath
 * (packaged app, {@code java -cp}) as well as from {@code mvn javafx:run}.
 */
public final class Launcher {

    private Launcher() {
    }

    public static void main(String[] args) {
        WritableFolders.apply();
        System.exit(run(args, System.out, System.err));
    }

    /**
     * Runs the command line and returns the exit code; the one-shot commands return when done, the kiosk
     * itself blocks until its window is closed.
     */
    static int run(String[] args, PrintStream out, PrintStream err) {
        Options options;
        try {
            options = Options.parse(List.of(args));
        } catch (IllegalArgumentException bad) {
            err.println("zhanaozen-kiosk: " + bad.getMessage());
            return 2;
        }
        return switch (options.command()) {
            case HELP -> {
                out.print(options.help());
                yield 0;
            }
            case VERSION -> {
                out.println("Zhanaozen kiosk " + Version.get());
                yield 0;
            }
            case VALIDATE -> ValidateCommand.run(options.data(), out);
            case SCREENSHOTS -> KioskApplication.screenshots(options, out, err);
            case HASH_PIN -> HashPinCommand.run(options.pin(), System.in, out, err);
            case USAGE_REPORT -> UsageReportCommand.run(options.usage(), out);
            case IMPORT_TIMELINEJS -> ImportTimelineJsCommand.run(options.data(), options.output(), out);
            case SMOKE_TEST -> SmokeTest.run(options, out, err);
            case RUN -> KioskApplication.run(options);
        };
    }
}
