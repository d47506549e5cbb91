package org.zhanaozen.kiosk.frame;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * Which screen is showing, and the way between screens. The first screen registered is home.
 * Links between screens go through here, so a screen never needs to know which other screens exist.
 */
public final class Navigator {

    private final List<Screen> screens = new ArrayList<>();
    private final ReadOnlyObjectWrapper<Screen> current = new ReadOnlyObjectWrapper<>(this, "current");
    private KioskEvents events = KioskEvents.NONE;

    public void register(Screen screen) {
        if (screen(screen.id()).isPresent()) {
            throw new IllegalArgumentException("Screen registered twice: " + screen.id());
        }
        screens.add(screen);
        if (current.get() == null) {
            current.set(screen);
        }
    }

    public List<Screen> screens() {
        return List.copyOf(screens);
    }

    public Optional<Screen> screen(String id) {
        return screens.stream().filter(s -> s.id().equals(id)).findFirst();
    }

    public Screen home() {
        return screens.get(0);
    }

    public ReadOnlyObjectProperty<Screen> currentProperty() {
        return current.getReadOnlyProperty();
    }

    public Screen current() {
        return current.get();
    }

    public void go(Screen screen) {
        current.set(screen);
    }

    /** Goes to the screen with this id; an unknown id (a screen not built in this exhibit) leaves things as they are. */
    public void go(String id) {
        screen(id).ifPresent(this::go);
    }

    public void goHome() {
        go(home());
    }

    /** Where what is opened and followed on these screens is told: the kiosk's attendant, for the usage log. */
    public void reportTo(KioskEvents events) {
        this.events = events;
    }

    /**
     * A screen tells that it now shows the detail of what {@code detail} points at (an event, a place, a person),
     * whether a tap, a link or a presentation's step opened it; the screens need not know who records it.
     */
    public void opened(Link detail) {
        events.detailOpened(detail);
    }

    public boolean canFollow(Link link) {
        return screens.stream().anyMatch(s -> s.canOpen(link));
    }

    /** Opens the link on the first screen that can show it; views only offer links for which {@link #canFollow} holds. */
    public void follow(Link link) {
        screens.stream().filter(s -> s.canOpen(link)).findFirst().ifPresent(screen -> {
            events.linkFollowed(current().id(), screen.id());
            screen.open(link);
            go(screen);
        });
    }

    /** Returns every screen to its opening state and shows home: what a new visitor finds. */
    public void resetAll() {
        screens.forEach(Screen::reset);
        goHome();
    }
}
