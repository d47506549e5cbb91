package org.zhanaozen.kiosk.timeline;

import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.control.Label;
import org.zhanaozen.kiosk.content.Phase;

/**
 * How a phase is marked everywhere on the timeline: its colour (a style class, or on pooled nodes a pseudo-class,
 * mapping to the theme's -phase-N token for the phase's place N in the content's list) and, so colour is never the
 * only cue, its number in the story.
 */
final class PhaseStyles {

    private PhaseStyles() {
    }

    static String styleClass(Phase phase) {
        return "phase-" + number(phase);
    }

    /**
     * The phase as a pseudo-class, for the cards and markers that are pooled and rebound as the visitor scrolls:
     * switching a pseudo-class only picks other values of the styles the node has, where switching a style class
     * makes JavaFX match every selector of the node's subtree again.
     */
    static PseudoClass pseudoClass(Phase phase) {
        return PseudoClass.getPseudoClass(styleClass(phase));
    }

    /** Moves a node from one pseudo-class of a set (such as its phase) to another; returns the one it now has. */
    static PseudoClass switchPseudoClass(Node node, PseudoClass from, PseudoClass to) {
        if (from != to) {
            if (from != null) {
                node.pseudoClassStateChanged(from, false);
            }
            if (to != null) {
                node.pseudoClassStateChanged(to, true);
            }
        }
        return to;
    }

    static String number(Phase phase) {
        return Integer.toString(phase.index() + 1);
    }

    /** The numbered badge of a phase, in its colour. */
    static Label badge(Phase phase) {
        Label badge = new Label(number(phase));
        badge.getStyleClass().addAll("phase-badge", styleClass(phase));
        badge.setMinSize(Label.USE_PREF_SIZE, Label.USE_PREF_SIZE);
        return badge;
    }
}
