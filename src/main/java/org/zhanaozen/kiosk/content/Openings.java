package org.zhanaozen.kiosk.content;

import java.util.Optional;

/**
 * How the content wants its map and timeline to open: where the map opens, which lines show the story's reach, and
 * which months the timeline opens on.
 *
 * @param home            the place the map opens on and its "Back to …" button returns to ({@code places.json}
 *                        "home", else the first place)
 * @param mapZoom         how close the map opens on the home place, as a map zoom level ({@code places.json}
 *                        "openingZoom", else {@link #DEFAULT_MAP_ZOOM})
 * @param reachLines      the lines drawn from one place to where each event of one phase happened ({@code events.json}
 *                        "reachLines"), if the content asks for them
 * @param timelineOpening the months the timeline opens on ({@code events.json} "openingView"); without it, the month
 *                        of the first event and a quarter of the timeline's years
 */
public record Openings(String home, double mapZoom, Optional<ReachLines> reachLines,
                       Optional<TimelineOpening> timelineOpening) {

    /** A region a few hundred kilometres across around the home place. */
    public static final double DEFAULT_MAP_ZOOM = 6;

    /** The deepest opening zoom the content may ask for: street level, past any base map the kiosk ships. */
    public static final double MAX_MAP_ZOOM = 18;

    /**
     * Lines from {@code from} to the place where each event of {@code phase} happened (its most precise place), one
     * per place. Places an event only involves ({@link Event#involvedPlaces()}) get no line.
     */
    public record ReachLines(String from, String phase) {
    }
}
