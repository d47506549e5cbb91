package org.zhanaozen.kiosk.content;

import java.time.LocalDate;

/**
 * A named span of the story (events.json {@code eras}), drawn as a labelled band along the timeline's axis.
 * It runs from the first day of {@code start} to the last day of {@code end}, each at the precision the source gives.
 */
public record Era(String name, EventDate start, EventDate end) {

    public LocalDate firstDay() {
        return start.start();
    }

    public LocalDate lastDay() {
        return end.end();
    }
}
