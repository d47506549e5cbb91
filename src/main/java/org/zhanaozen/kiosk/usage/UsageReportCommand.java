package org.zhanaozen.kiosk.usage;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;

/** {@code --usage-report [DIR]}: prints the usage figures of a usage log folder for staff. */
public final class UsageReportCommand {

    private UsageReportCommand() {
    }

    /** @return 0 when the report was printed (skipped lines are listed in it), 1 when the folder cannot be read */
    public static int run(Path folder, PrintStream out) {
        if (!Files.isDirectory(folder)) {
            out.println("No usage log folder at " + folder + " (the kiosk creates it when its first visitor arrives).");
            return 1;
        }
        try {
            out.print(UsageReport.read(folder).text());
            return 0;
        } catch (IOException | RuntimeException e) {
            out.println("Cannot read the usage log in " + folder + " (" + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : ": " + e.getMessage()) + ").");
            return 1;
        }
    }
}
