package org.zhanaozen.kiosk;

import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.zhanaozen.kiosk.content.Exhibit;
import org.zhanaozen.kiosk.frame.Navigator;
import org.zhanaozen.kiosk.frame.Screen;
import org.zhanaozen.kiosk.home.HomeScreen;

/** Navigators for tests: the exhibit's real screens, some of them left out or stood in for by test screens. */
public final class TestScreens {

    private TestScreens() {
    }

    /** Only the real screens with these ids, in the exhibit's order. */
    public static Navigator only(Exhibit exhibit, Set<String> ids) {
        return build(exhibit, screen -> ids.contains(screen.id()) ? screen : null, new Screen[0]);
    }

    /** The real screens, each test screen standing in for the real one with its id (or added at the end). */
    public static Navigator replacing(Exhibit exhibit, Screen... standIns) {
        Map<String, Screen> byId = Arrays.stream(standIns).collect(Collectors.toMap(Screen::id, s -> s));
        return build(exhibit, screen -> byId.getOrDefault(screen.id(), screen), standIns);
    }

    private static Navigator build(Exhibit exhibit, Function<Screen, Screen> choose, Screen[] extra) {
        Navigator navigator = new Navigator();
        for (Screen real : ExhibitScreens.create(exhibit).screens()) {
            // Home lists the screens of its own navigator, so it is built again for this one.
            Screen screen = real.id().equals("home") ? new HomeScreen(exhibit.info(), navigator) : choose.apply(real);
            if (screen != null) {
                navigator.register(screen);
            }
        }
        for (Screen screen : extra) {
            if (navigator.screen(screen.id()).isEmpty()) {
                navigator.register(screen);
            }
        }
        return navigator;
    }
}
