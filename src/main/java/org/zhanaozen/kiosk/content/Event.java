package org.zhanaozen.kiosk.content;

import java.util.List;

/**
 * A dated entry of the story. {@code places}, {@code involvedPlaces} and {@code people} are ids, checked at load time.
 * {@code places} are where it happened; {@code involvedPlaces} are places it concerns without happening there (a
 * state that requests an extradition). {@code neverGrouped} marks an event the source presents as key: the timeline
 * always gives it a card of its own. {@code text} and {@code media} are null when the content has none.
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
}
