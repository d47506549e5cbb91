package org.zhanaozen.kiosk.present;

import java.util.List;
import java.util.Optional;

/**
 * Which screen the audience sees and which the presenter: with a projector attached, the exhibit goes to the
 * screen that is not the primary one (usually the projector; the laptop's own panel is primary) and the presenter
 * view to the primary one; swapped on request. With one screen there is no presenter view.
 */
public record Displays<S>(S audience, Optional<S> presenter) {

    public static <S> Displays<S> choose(List<S> screens, S primary, boolean swap) {
        Optional<S> other = screens.stream().filter(s -> !s.equals(primary)).findFirst();
        if (other.isEmpty()) {
            return new Displays<>(primary, Optional.empty());
        }
        return swap ? new Displays<>(primary, other) : new Displays<>(other.get(), Optional.of(primary));
    }
}
