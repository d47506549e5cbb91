package org.zhanaozen.kiosk.content;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The exhibit's screens, as content names them (a tour step's "screen", a section summary) and as the kiosk registers
 * them: one list, so the loader, the tour, the presenter view and the screens cannot disagree.
 */
public enum ScreenId {
    HOME, MAP, TIMELINE, PEOPLE, DEMANDS, CONTEXT, CLOSING;

    /** The name content files use, e.g. "timeline". */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Every name, in the exhibit's order. */
    public static List<String> ids() {
        return Arrays.stream(values()).map(ScreenId::id).toList();
    }

    /** The screen of that name; only names from {@link #ids()}. */
    public static ScreenId of(String id) {
        return valueOf(id.toUpperCase(Locale.ROOT));
    }
}
