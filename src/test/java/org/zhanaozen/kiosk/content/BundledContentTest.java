package org.zhanaozen.kiosk.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The project's own data folder (relative to the Maven basedir) is what the kiosk ships: it must be valid. */
class BundledContentTest {

    @Test
    void bundledContentIsValid() {
        LoadResult result = ContentLoader.load(Path.of("data"));

        assertThat(result.problems()).extracting(Problem::format).isEmpty();
        Exhibit exhibit = result.valid().orElseThrow();
        assertThat(exhibit.events()).hasSize(24);
        assertThat(exhibit.victims()).hasSize(7);
        assertThat(exhibit.accused()).hasSize(3);
        assertThat(exhibit.accusations().pairs()).hasSize(6);
        assertThat(exhibit.demands().lists()).hasSize(2);
        assertThat(exhibit.demands().lists().stream().mapToInt(list -> list.demands().size()).sum()).isEqualTo(12);
        assertThat(exhibit.phases()).hasSize(5);
        // The shipped tour tells the whole story: every event, in the source's order.
        assertThat(exhibit.tour().orElseThrow().steps().stream().map(TourStep::event).filter(java.util.Objects::nonNull))
                .containsExactlyElementsOf(exhibit.events().stream().map(Event::id).toList());
    }
}
