package org.zhanaozen.kiosk.content;

import java.io.PrintStream;
import java.nio.file.Path;

/** {@code --validate DIR}: checks a content folder and prints every problem, one per line, for staff to fix. */
public final class ValidateCommand {

    private ValidateCommand() {
    }

    /** @return 0 if the content is valid, 1 if not */
    public static int run(Path folder, PrintStream out) {
        try {
            LoadResult result = ContentLoader.load(folder);
            result.problems().forEach(problem -> out.println(problem.format()));
            if (result.isValid()) {
                Exhibit exhibit = result.exhibit();
                int demands = exhibit.demands().lists().stream().mapToInt(list -> list.demands().size()).sum();
                out.println("Content in " + folder + " is valid: " + exhibit.events().size() + " events, "
                        + exhibit.places().size() + " places, " + exhibit.people().size() + " people, "
                        + demands + " demands" + exhibit.tour().map(t -> ", a tour of " + t.steps().size() + " steps").orElse("") + ".");
                return 0;
            }
            int count = result.problems().size();
            out.println(count + (count == 1 ? " problem" : " problems") + " in " + folder + ".");
            return 1;
        } catch (RuntimeException unexpected) {
            out.println("internal error while reading " + folder + ": " + ContentLoader.describe(unexpected));
            return 1;
        }
    }
}
