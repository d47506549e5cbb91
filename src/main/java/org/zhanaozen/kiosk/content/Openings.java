package org.zhanaozen.kiosk.content;

import java.util.Optional;

/**
 * How the content wants its map and timeline to open: where the map opens, which lines show the story's reach, and
 * which months the timeline opens on.
 *
 * @param home            the place the map opens on and its "Back to …" button returns to ({@code places.json}
 *                        "home", else the first place)
 * @param reachLines      the lines drawn from one place to where each event of one phase happened ({@code events.json}
 *                        "reachLines"), if the content asks for them
 * @param timelineOpening the months the timeline opens on ({@code events.json} "openingView"); without it, the month
 *                        of the first event and a quarter of the timeline's years
 */
public record Openings(String home, Optional<ReachLines> reachLines, Optional<TimelineOpening> timelineOpening) {

    /**
     * Lines from {@code from} to the place where each event of {@code phase} happened (its most precise place), one
     * per place. Places an event only involves ({@link Event#involvedPlaces()}) get no line.
     */
    public record ReachLines(String from, String phase) {
    }
}
