package org.zhanaozen.kiosk.content;

import java.util.List;
import java.util.Optional;

/**
 * One step of the guided tour: a screen and what it shows there. At most one target is set, and only the one
 * that fits the screen: an event on the timeline, a place (optionally at a zoom) on the map, a person's card or
 * the accused view on the people screen. {@code note} is an optional speaker note for the presenter view.
 */
public record TourStep(ScreenId screen, String event, String place, Double zoom, String person, String view,
                       String note) {

    /** The people screen's views a step may name. */
    public static final List<String> PEOPLE_VIEWS = List.of("victims", "accused");

    public Optional<String> speakerNote() {
        return Optional.ofNullable(note);
    }

    public Optional<Double> mapZoom() {
        return Optional.ofNullable(zoom);
    }
}
