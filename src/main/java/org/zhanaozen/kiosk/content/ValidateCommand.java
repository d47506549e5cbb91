package org.zhanaozen.kiosk.content;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code --validate DIR}: checks a content folder and its base map, and prints every problem, one per line, for staff
 * to fix. Errors fail the check; warnings (the content works, less well) are printed and let it pass.
 */
public final class ValidateCommand {

    private ValidateCommand() {
    }

    /** @return 0 if the content has no errors (warnings allowed), 1 if it has */
    public static int run(Path folder, PrintStream out) {
        try {
            LoadResult result = ContentLoader.load(folder);
            List<Problem> problems = new ArrayList<>(result.problems());
            // Without places there is no map screen, so no base map to check.
            boolean hasMap = result.valid().map(exhibit -> !exhibit.places().isEmpty()).orElse(true);
            if (folder != null && Files.isDirectory(folder) && hasMap) {
                problems.addAll(BaseMapCheck.check(folder, result.valid().map(Exhibit::places)));
            }
            problems.forEach(problem -> out.println(problem.format()));
            long errors = problems.stream().filter(Problem::isError).count();
            long warnings = problems.size() - errors;
            if (errors == 0) {
                Exhibit exhibit = result.exhibit();
                int demands = exhibit.demands().lists().stream().mapToInt(list -> list.demands().size()).sum();
                out.println("Content in " + folder + " is valid: " + exhibit.events().size() + " events, "
                        + exhibit.places().size() + " places, " + exhibit.people().size() + " people, "
                        + demands + " demands" + exhibit.tour().map(t -> ", a tour of " + t.steps().size() + " steps").orElse("")
                        + (warnings > 0 ? "; " + count(warnings, "warning") : "") + ".");
                return 0;
            }
            out.println(count(errors, "problem") + (warnings > 0 ? " and " + count(warnings, "warning") : "")
                    + " in " + folder + ".");
            return 1;
        } catch (RuntimeException unexpected) {
            out.println("internal error while reading " + folder + ": " + ContentLoader.describe(unexpected));
            return 1;
        }
    }

    private static String count(long n, String what) {
        return n + " " + what + (n == 1 ? "" : "s");
    }
}
