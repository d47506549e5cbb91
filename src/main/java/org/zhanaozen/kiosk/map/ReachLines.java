package org.zhanaozen.kiosk.map;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.zhanaozen.kiosk.content.Event;
import org.zhanaozen.kiosk.content.Exhibit;
import org.zhanaozen.kiosk.content.Openings;
import org.zhanaozen.kiosk.content.Place;

/**
 * The lines that show how far the story reached, as the content asks ({@link Openings.ReachLines}): from one place to
 * where each event of one phase happened. One line per place, to each event's most precise place (a town rather than
 * its country); the places an event only involves get none.
 */
final class ReachLines {

    private ReachLines() {
    }

    record Line(Place from, Place to) {
    }

    static List<Line> of(Exhibit exhibit) {
        Optional<Openings.ReachLines> rule = exhibit.openings().reachLines();
        if (rule.isEmpty()) {
            return List.of();
        }
        Place origin = exhibit.place(rule.get().from()).orElseThrow();
        Set<Place> ends = new LinkedHashSet<>();
        for (Event event : exhibit.events()) {
            if (event.phase().equals(rule.get().phase())) {
                whereItHappened(exhibit, event, origin).ifPresent(ends::add);
            }
        }
        List<Line> lines = new ArrayList<>();
        ends.forEach(end -> lines.add(new Line(origin, end)));
        return List.copyOf(lines);
    }

    private static Optional<Place> whereItHappened(Exhibit exhibit, Event event, Place origin) {
        List<Place> candidates = event.places().stream()
                .filter(id -> !id.equals(origin.id()))
                .map(id -> exhibit.place(id).orElseThrow())
                .toList();
        return candidates.stream().filter(Place::isExact).findFirst().or(() -> candidates.stream().findFirst());
    }
}
