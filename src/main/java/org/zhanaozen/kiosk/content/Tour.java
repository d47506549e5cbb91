package org.zhanaozen.kiosk.content;

import java.util.List;

/** The guided tour that presentation mode steps through, in order. */
public record Tour(String title, List<TourStep> steps) {
    public Tour {
        steps = List.copyOf(steps);
    }
}
