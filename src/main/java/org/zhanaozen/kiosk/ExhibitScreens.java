package org.zhanaozen.kiosk;

import org.zhanaozen.kiosk.closing.ClosingScreen;
import org.zhanaozen.kiosk.content.Exhibit;
import org.zhanaozen.kiosk.context.ContextScreen;
import org.zhanaozen.kiosk.demands.DemandsScreen;
import org.zhanaozen.kiosk.frame.Navigator;
import org.zhanaozen.kiosk.home.HomeScreen;
import org.zhanaozen.kiosk.timeline.TimelineScreen;

/** Which screens the exhibit has, in navigation order: the one place that knows them all. */
public final class ExhibitScreens {

    private ExhibitScreens() {
    }

    /** Builds every screen on the content and registers it, home first. */
    public static Navigator create(Exhibit exhibit) {
        Navigator navigator = new Navigator();
        navigator.register(new HomeScreen(exhibit.info(), navigator));
        navigator.register(new TimelineScreen(exhibit, navigator));
        navigator.register(new DemandsScreen(exhibit.demands()));
        navigator.register(new ContextScreen(exhibit.info()));
        navigator.register(new ClosingScreen(exhibit.info().closing()));
        return navigator;
    }
}
