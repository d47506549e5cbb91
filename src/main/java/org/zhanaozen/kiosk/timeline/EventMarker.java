package org.zhanaozen.kiosk.timeline;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.css.PseudoClass;
import javafx.scene.layout.Region;
import org.zhanaozen.kiosk.content.Phase;

/**
 * A card's mark on one phase's strip: a dot for a single day, otherwise a bar over the days its events of that phase
 * cover. Pooled and rebound like the cards; its look is pseudo-classes, so rebinding never restyles it.
 */
final class EventMarker extends Region {

    private static final PseudoClass POINT = PseudoClass.getPseudoClass("point");

    private TimelineLayout.Group group;
    private TimelineLayout.Mark mark;
    private PseudoClass phase;

    /** Each phase's look, by id. */
    private final Map<String, PseudoClass> looksByPhase = new HashMap<>();

    EventMarker(List<Phase> phases) {
        phases.forEach(phase -> looksByPhase.put(phase.id(), PhaseStyles.pseudoClass(phase)));
        getStyleClass().add("event-marker");
        setManaged(false);
        setMouseTransparent(true);
    }

    /** Shows a group's mark; returns whether its look changed (or it is new), so it needs its CSS before it shows. */
    boolean bind(TimelineLayout.Group newGroup, TimelineLayout.Mark newMark) {
        group = newGroup;
        boolean restyled = mark == null || mark.point() != newMark.point() || !mark.phase().equals(newMark.phase());
        mark = newMark;
        phase = PhaseStyles.switchPseudoClass(this, phase, looksByPhase.get(newMark.phase()));
        pseudoClassStateChanged(POINT, newMark.point());
        return restyled;
    }

    TimelineLayout.Mark mark() {
        return mark;
    }

    /** The card whose events this marks. */
    TimelineLayout.Group group() {
        return group;
    }
}
