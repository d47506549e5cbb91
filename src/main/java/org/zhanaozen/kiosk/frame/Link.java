package org.zhanaozen.kiosk.frame;

/** Somewhere in the exhibit a visitor can be taken from another screen: an event, a place or a person. */
public sealed interface Link {

    String id();

    record ToEvent(String id) implements Link {
    }

    record ToPlace(String id) implements Link {
    }

    record ToPerson(String id) implements Link {
    }
}
