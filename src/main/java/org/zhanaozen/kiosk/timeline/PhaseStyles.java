package org.zhanaozen.kiosk.timeline;

import javafx.scene.control.Label;
import org.zhanaozen.kiosk.content.Phase;

/**
 * How a phase is marked everywhere on the timeline: its colour (a style class mapping to the theme's -phase-*
 * token) and, so colour is never the only cue, its number in the story, 1 to 5.
 */
final class PhaseStyles {

    private PhaseStyles() {
    }

    static String styleClass(String phaseId) {
        return "phase-" + phaseId;
    }

    static String number(Phase phase) {
        return Integer.toString(phase.index() + 1);
    }

    /** The numbered badge of a phase, in its colour. */
    static Label badge(Phase phase) {
        Label badge = new Label(number(phase));
        badge.getStyleClass().addAll("phase-badge", styleClass(phase.id()));
        badge.setMinSize(Label.USE_PREF_SIZE, Label.USE_PREF_SIZE);
        return badge;
    }
}
