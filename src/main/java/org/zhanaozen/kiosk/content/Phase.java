package org.zhanaozen.kiosk.content;

/** A phase of the story; {@code index} is its place in the content's list (0 first), which gives its colour. */
public record Phase(String id, String name, int index) {

    /** How many phase colours the theme has (-phase-1 … in theme.css): the most phases content may have. */
    public static final int SLOTS = 8;
}
