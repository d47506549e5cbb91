package org.zhanaozen.kiosk.ui;

import org.zhanaozen.kiosk.content.ScreenId;

/** What the kiosk calls each screen, in the visitor's language: one switch, so a new screen cannot go unnamed. */
public final class ScreenNames {

    private ScreenNames() {
    }

    public static String of(ScreenId screen) {
        return switch (screen) {
            case HOME -> Messages.text("screen.home");
            case MAP -> Messages.text("screen.map");
            case TIMELINE -> Messages.text("screen.timeline");
            case PEOPLE -> Messages.text("screen.people");
            case DEMANDS -> Messages.text("screen.demands");
            case CONTEXT -> Messages.text("screen.context");
            case CLOSING -> Messages.text("screen.closing");
        };
    }
}
