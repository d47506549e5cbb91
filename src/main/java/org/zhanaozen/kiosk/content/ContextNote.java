package org.zhanaozen.kiosk.content;

/** A note that puts the events in context (the December 1970 parallel, the charges, outside support). */
public record ContextNote(String id, String heading, String text) {
}
