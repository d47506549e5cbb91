package org.zhanaozen.kiosk.frame;

import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.Node;

/**
 * One section of the exhibit. The frame shows {@link #view()} when the visitor navigates to it and calls
 * {@link #reset()} on every screen when the kiosk returns to its welcome state, so a screen must keep all
 * visitor state where reset() can reach it.
 */
public interface Screen {

    /** The default for {@link #holdsVisitorAttention()}: false, always. */
    ObservableBooleanValue NOTHING_PLAYING = Bindings.createBooleanBinding(() -> false);

    /** Stable id, used in file names and tests, e.g. "home". */
    String id();

    /** The label of this screen's navigation button. */
    String title();

    Node view();

    /** Returns the screen to the state a new visitor should find. */
    void reset();

    /** Whether this screen can show what the link points at. */
    default boolean canOpen(Link link) {
        return false;
    }

    /** Shows what the link points at; called only when {@link #canOpen(Link)} said yes. */
    default void open(Link link) {
    }

    /**
     * True while the screen plays something the visitor watches without touching (a film, a narrated sequence):
     * the kiosk does not reset for idleness while this screen shows and this holds.
     */
    default ObservableBooleanValue holdsVisitorAttention() {
        return NOTHING_PLAYING;
    }

    /** States beyond the opening one that the screenshot option should render. */
    default List<ScreenState> screenshotStates() {
        return List.of();
    }
}
