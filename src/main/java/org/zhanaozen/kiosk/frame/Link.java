package org.zhanaozen.kiosk.frame;

import org.zhanaozen.kiosk.content.ScreenId;

/** Somewhere in the exhibit a visitor can be taken from another screen: an event, a place or a person. */
public sealed interface Link {

    String id();

    record ToEvent(String id) implements Link {
    }

    record ToPlace(String id) implements Link {
    }

    record ToPerson(String id) implements Link {
    }

    /** A place on the map framed at a chosen zoom level (the guided tour frames places this way). */
    record ToPlaceAtZoom(String id, double zoom) implements Link {
    }

    /** A named view of a screen, e.g. the people screen's "accused" view; {@code id} is the view's name. */
    record ToView(ScreenId screen, String id) implements Link {
    }
}
