package org.zhanaozen.kiosk.content;

import java.util.List;

/**
 * A dated entry of the story. {@code places} and {@code people} are ids, checked at load time.
 * {@code neverGrouped} marks an event the source presents as key: the timeline always gives it a card of its own.
 * {@code text} and {@code media} are null when the content has none.
 */
public record Event(
        String id,
        EventDate date,
        String dateText,
        String phase,
        String title,
        String text,
        List<String> places,
        List<String> people,
        List<Correction> corrections,
        boolean neverGrouped,
        EventMedia media) {

    public Event {
        places = List.copyOf(places);
        people = List.copyOf(people);
        corrections = List.copyOf(corrections);
    }
}
