package org.zhanaozen.kiosk.frame;

/** A named state of a screen worth previewing (a detail open, a filter set), for the screenshot option. */
public record ScreenState(String name, Runnable apply) {
}
