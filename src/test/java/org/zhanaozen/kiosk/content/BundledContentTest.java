package org.zhanaozen.kiosk.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The project's own data folder (relative to the Maven basedir) is what the kiosk ships: it must be valid. No counts:
 * staff edit the content, and an honest edit (an event removed, a phase added) must leave the build green.
 */
class BundledContentTest {

    @Test
    void bundledContentIsValid() {
        LoadResult result = ContentLoader.load(Path.of("data"));

        assertThat(result.problems()).extracting(Problem::format).isEmpty();
        Exhibit exhibit = result.valid().orElseThrow();
        assertThat(exhibit.events()).isNotEmpty();
        // The shipped tour tells the whole story: every event, in the source's order.
        assertThat(exhibit.tour().orElseThrow().steps().stream().map(TourStep::event).filter(java.util.Objects::nonNull))
                .containsExactlyElementsOf(exhibit.events().stream().map(Event::id).toList());
    }
}
