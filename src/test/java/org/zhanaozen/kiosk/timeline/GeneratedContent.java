package org.zhanaozen.kiosk.timeline;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.zhanaozen.kiosk.content.Event;
import org.zhanaozen.kiosk.content.EventDate;
import org.zhanaozen.kiosk.content.Exhibit;
import org.zhanaozen.kiosk.content.Phase;

/** A large made-up story over a base exhibit's axis, on its phases, places and people, for scale tests and benchmarks. */
final class GeneratedContent {

    private GeneratedContent() {
    }

    /** {@code count} events at random dates (a fixed seed), of every precision, spread over the phases in date order. */
    static Exhibit withEvents(Exhibit base, int count) {
        Random random = new Random(2011);
        List<Phase> phases = base.phases();
        List<Event> events = new ArrayList<>();
        TimelineAxis axis = TimelineAxis.of(base.events(), base.openings().timelineOpening());
        long first = axis.firstDay().toEpochDay();
        long days = (long) axis.days();
        for (int i = 0; i < count; i++) {
            LocalDate day = LocalDate.ofEpochDay(first + random.nextInt((int) days));
            int kind = random.nextInt(20);
            String date = kind < 16 ? day.toString()
                    : kind < 18 ? day.toString().substring(0, 7)
                    : kind < 19 && day.getMonthValue() < 12
                    ? day.toString().substring(0, 7) + "/" + day.plusMonths(1).toString().substring(0, 7)
                    : Integer.toString(day.getYear());
            Phase phase = phases.get(Math.min(phases.size() - 1,
                    (int) ((day.toEpochDay() - first) * phases.size() / days + random.nextInt(2))));
            String place = base.places().get(random.nextInt(base.places().size())).id();
            String person = base.people().get(random.nextInt(base.people().size())).id();
            events.add(new Event("generated-" + i, EventDate.parse(date), date, phase.id(),
                    "Generated event number " + i, "Generated text of event " + i + ".",
                    List.of(place), List.of(), List.of(person), List.of(), false, null));
        }
        return new Exhibit(base.folder(), base.info(), phases, base.phaseNote(), events, base.places(),
                base.people(), base.accusations(), base.demands()).withOpenings(base.openings());
    }
}
