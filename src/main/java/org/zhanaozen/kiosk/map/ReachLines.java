package org.zhanaozen.kiosk.map;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.zhanaozen.kiosk.content.Event;
import org.zhanaozen.kiosk.content.Exhibit;
import org.zhanaozen.kiosk.content.Place;

/**
 * The lines that show how far the repression reached: from Kazakhstan to where each case of the persecution in Europe
 * happened.
 *
 * <p>Why these ends, from the texts: the European events say "Kazakh authorities go after Mukhtar Ablyazov and his
 * family, friends and ex-colleagues living in Europe", and each of them lists the place "Kazakhstan" (the state, not
 * a town), so the lines start at the Kazakhstan point, not at Zhanaozen. Ukraine and Russia appear only as states
 * that request extradition ("Kazakhstan is moving in collaboration with Ukraine and Russia to request his
 * extradition", "risking extradition to Russia and Ukraine"): they are not where a case happened, so no line ends
 * there (their markers stay). One line per case, to the case's most precise place: Cannes, where Ablyazov was
 * arrested, rather than France as a whole.
 */
final class ReachLines {

    static final String ORIGIN = "kazakhstan";
    static final String PHASE = "europe";
    static final Set<String> EXTRADITION_REQUESTERS = Set.of("ukraine", "russia");

    private ReachLines() {
    }

    record Line(Place from, Place to) {
    }

    static List<Line> of(Exhibit exhibit) {
        Optional<Place> origin = exhibit.place(ORIGIN);
        if (origin.isEmpty()) {
            return List.of();
        }
        Set<Place> ends = new LinkedHashSet<>();
        for (Event event : exhibit.events()) {
            if (event.phase().equals(PHASE)) {
                caseLocation(exhibit, event).ifPresent(ends::add);
            }
        }
        List<Line> lines = new ArrayList<>();
        ends.forEach(end -> lines.add(new Line(origin.get(), end)));
        return List.copyOf(lines);
    }

    private static Optional<Place> caseLocation(Exhibit exhibit, Event event) {
        List<Place> candidates = event.places().stream()
                .filter(id -> !id.equals(ORIGIN) && !EXTRADITION_REQUESTERS.contains(id))
                .map(id -> exhibit.place(id).orElseThrow())
                .toList();
        return candidates.stream().filter(Place::isExact).findFirst().or(() -> candidates.stream().findFirst());
    }
}
