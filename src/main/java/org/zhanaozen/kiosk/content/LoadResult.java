package org.zhanaozen.kiosk.content;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What {@link ContentLoader#load} found: either a complete exhibit and no problems, or no exhibit and every problem
 * found. The kiosk never sees a half-loaded exhibit.
 */
public record LoadResult(Exhibit exhibit, List<Problem> problems) {

    public LoadResult {
        problems = List.copyOf(problems);
        if (problems.isEmpty() == (exhibit == null)) {
            throw new IllegalArgumentException("a load result has either an exhibit or problems, never both or neither");
        }
    }

    static LoadResult of(Exhibit exhibit) {
        return new LoadResult(Objects.requireNonNull(exhibit), List.of());
    }

    static LoadResult withProblems(List<Problem> problems) {
        return new LoadResult(null, problems);
    }

    public boolean isValid() {
        return problems.isEmpty();
    }

    /** The exhibit, present only when the content has no problems. */
    public Optional<Exhibit> valid() {
        return Optional.ofNullable(exhibit);
    }
}
