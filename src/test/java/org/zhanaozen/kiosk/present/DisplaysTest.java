package org.zhanaozen.kiosk.present;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DisplaysTest {

    @Test
    void oneScreenHasNoPresenterView() {
        assertThat(Displays.choose(List.of("laptop"), "laptop", false))
                .isEqualTo(new Displays<>("laptop", Optional.empty()));
        assertThat(Displays.choose(List.of("laptop"), "laptop", true))
                .isEqualTo(new Displays<>("laptop", Optional.empty()));
    }

    @Test
    void theProjectorIsTheAudienceUnlessSwapped() {
        assertThat(Displays.choose(List.of("laptop", "projector"), "laptop", false))
                .isEqualTo(new Displays<>("projector", Optional.of("laptop")));
        assertThat(Displays.choose(List.of("projector", "laptop"), "laptop", false))
                .isEqualTo(new Displays<>("projector", Optional.of("laptop")));
        assertThat(Displays.choose(List.of("laptop", "projector"), "laptop", true))
                .isEqualTo(new Displays<>("laptop", Optional.of("projector")));
    }
}
