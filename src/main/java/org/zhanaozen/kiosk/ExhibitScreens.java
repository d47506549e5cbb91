package org.zhanaozen.kiosk;

import org.zhanaozen.kiosk.closing.ClosingScreen;
import org.zhanaozen.kiosk.content.Exhibit;
import org.zhanaozen.kiosk.context.ContextScreen;
import org.zhanaozen.kiosk.demands.DemandsScreen;
import org.zhanaozen.kiosk.frame.Navigator;
import org.zhanaozen.kiosk.home.HomeScreen;
import org.zhanaozen.kiosk.people.PeopleScreen;
import org.zhanaozen.kiosk.people.PortraitLoader;
import org.zhanaozen.kiosk.ui.Motion;

/** Which screens the exhibit has, in navigation order: the one place that knows them all. */
public final class ExhibitScreens {

    private ExhibitScreens() {
    }

    /** Builds every screen on the content, with animated transitions. */
    public static Navigator create(Exhibit exhibit) {
        return create(exhibit, Motion.SMOOTH);
    }

    /** Builds every screen on the content and registers it, home first; screens that animate read {@code motion}. */
    public static Navigator create(Exhibit exhibit, Motion motion) {
        Navigator navigator = new Navigator();
        navigator.register(new HomeScreen(exhibit.info(), navigator));
        navigator.register(new PeopleScreen(exhibit, navigator, PortraitLoader.inBackground()));
        navigator.register(new DemandsScreen(exhibit.demands()));
        navigator.register(new ContextScreen(exhibit.info()));
        navigator.register(new ClosingScreen(exhibit.info().closing()));
        return navigator;
    }
}
