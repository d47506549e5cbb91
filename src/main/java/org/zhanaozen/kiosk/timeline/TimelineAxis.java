package org.zhanaozen.kiosk.timeline;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.zhanaozen.kiosk.content.Event;
import org.zhanaozen.kiosk.content.TimelineOpening;

/**
 * The stretch of time the timeline can show, from its events: whole years, from the first day of the first event's
 * year to the first day of the year after the last event; and the view it opens on.
 *
 * @param firstDay    the axis's first day
 * @param endDay      the day after the axis's last day
 * @param storyStart  where the opening view starts (just before it)
 * @param openingSpan the opening view's length, in days
 */
public record TimelineAxis(LocalDate firstDay, LocalDate endDay, LocalDate storyStart, double openingSpan) {

    /**
     * The axis of these events, opening on the months the content names, else on the first event's month with a
     * quarter of the axis in view (a year from 1970 if there are no events: a timeline without events is not shown).
     */
    public static TimelineAxis of(List<Event> events, Optional<TimelineOpening> opening) {
        LocalDate first = events.stream().map(event -> event.date().start()).min(LocalDate::compareTo)
                .orElse(LocalDate.EPOCH);
        LocalDate last = events.stream().map(event -> event.date().end()).max(LocalDate::compareTo).orElse(first);
        LocalDate firstDay = first.withDayOfYear(1);
        LocalDate endDay = last.withDayOfYear(1).plusYears(1);
        if (opening.isPresent()) {
            LocalDate from = opening.get().from().atDay(1);
            LocalDate to = opening.get().to().plusMonths(1).atDay(1);
            return new TimelineAxis(firstDay, endDay, from, to.toEpochDay() - from.toEpochDay());
        }
        return new TimelineAxis(firstDay, endDay, first.withDayOfMonth(1),
                (endDay.toEpochDay() - firstDay.toEpochDay()) / 4.0);
    }

    /** Days from the first day to the end: the widest view. */
    public double days() {
        return endDay.toEpochDay() - firstDay.toEpochDay();
    }

    /** The years the axis covers, in order. */
    public List<Integer> years() {
        return IntStream.range(firstDay.getYear(), endDay.getYear()).boxed().toList();
    }
}
