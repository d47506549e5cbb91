package org.zhanaozen.kiosk;

import java.util.concurrent.Executor;
import org.zhanaozen.kiosk.closing.ClosingScreen;
import org.zhanaozen.kiosk.content.Exhibit;
import org.zhanaozen.kiosk.content.ScreenId;
import org.zhanaozen.kiosk.context.ContextScreen;
import org.zhanaozen.kiosk.demands.DemandsScreen;
import org.zhanaozen.kiosk.frame.Navigator;
import org.zhanaozen.kiosk.home.HomeScreen;
import org.zhanaozen.kiosk.map.BaseMapSetup;
import org.zhanaozen.kiosk.map.MapScreen;
import org.zhanaozen.kiosk.people.PeopleScreen;
import org.zhanaozen.kiosk.timeline.TimelineScreen;
import org.zhanaozen.kiosk.ui.ImageLoader;
import org.zhanaozen.kiosk.ui.Motion;

/** Which screens the exhibit has, in navigation order: the one place that knows them all. */
public final class ExhibitScreens {

    private ExhibitScreens() {
    }

    /** Builds every screen on the content, with animated transitions and map tiles loaded in the background. */
    public static Navigator create(Exhibit exhibit) {
        return create(exhibit, Motion.SMOOTH);
    }

    /** Builds every screen on the content; screens that animate read {@code motion}. */
    public static Navigator create(Exhibit exhibit, Motion motion) {
        return create(exhibit, motion, BaseMapSetup.backgroundLoader());
    }

    /**
     * Builds the screens the content has something for ({@link Exhibit#hasScreen}) and registers them, home first.
     * The navigation bar, the home screen's ways in, links and the tour offer only what is registered.
     *
     * @param tileLoader reads and decodes map tiles: a direct executor puts them on screen before the next frame
     *                   (screenshots)
     */
    public static Navigator create(Exhibit exhibit, Motion motion, Executor tileLoader) {
        Navigator navigator = new Navigator();
        navigator.register(new HomeScreen(exhibit.info(), navigator));
        if (exhibit.hasScreen(ScreenId.MAP)) {
            navigator.register(new MapScreen(exhibit, navigator, BaseMapSetup.open(exhibit.folder(), tileLoader), motion));
        }
        navigator.register(new TimelineScreen(exhibit, navigator, motion));
        if (exhibit.hasScreen(ScreenId.PEOPLE)) {
            navigator.register(new PeopleScreen(exhibit, navigator, ImageLoader.inBackground()));
        }
        if (exhibit.hasScreen(ScreenId.DEMANDS)) {
            navigator.register(new DemandsScreen(exhibit.demands()));
        }
        if (exhibit.hasScreen(ScreenId.CONTEXT)) {
            navigator.register(new ContextScreen(exhibit.info()));
        }
        if (exhibit.hasScreen(ScreenId.CLOSING)) {
            navigator.register(new ClosingScreen(exhibit.info().closing(), navigator::resetAll));
        }
        return navigator;
    }
}
