package org.zhanaozen.kiosk.content;

import java.util.List;
import java.util.Optional;

/**
 * A dated entry of the story. {@code places}, {@code involvedPlaces} and {@code people} are ids, checked at load time.
 * {@code places} are where it happened; {@code involvedPlaces} are places it concerns without happening there (a
 * state that requests an extradition). {@code neverGrouped} marks an event the source presents as key: the timeline
 * always gives it a card of its own. {@code dateText} is the date as the source writes it; where it is wrong, a
 * correction of "dateText" gives the date shown ({@link #shownDate()}). {@code text} and {@code media} are null when
 * the content has none.
 */
public record Event(
        String id,
        EventDate date,
        String dateText,
        String phase,
        String title,
        String text,
        List<String> places,
        List<String> involvedPlaces,
        List<String> people,
        List<Correction> corrections,
        boolean neverGrouped,
        EventMedia media) {

    public Event {
        places = List.copyOf(places);
        involvedPlaces = List.copyOf(involvedPlaces);
        people = List.copyOf(people);
        corrections = List.copyOf(corrections);
    }

    /** The correction of the date as the source writes it, if it needed one. */
    public Optional<Correction> dateCorrection() {
        return corrections.stream().filter(c -> c.field().equals(DATE_TEXT)).findFirst();
    }

    /** The date to show: {@code dateText} as the source writes it, or its correction. */
    public String shownDate() {
        return dateCorrection().map(Correction::corrected).orElse(dateText);
    }

    /** The field a date correction names. */
    public static final String DATE_TEXT = "dateText";
}
