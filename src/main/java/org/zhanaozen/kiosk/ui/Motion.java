package org.zhanaozen.kiosk.ui;

import javafx.util.Duration;

/**
 * Whether screens animate their moves between states (the map flying to a place, the timeline scrolling to an
 * event), chosen once at start and handed to every screen by {@code ExhibitScreens.create}. Off with
 * {@code --no-transitions} or {@code motion.reduced=true} in the kiosk's settings: then a screen jumps straight to
 * where it is going (for people made unwell by motion, and for slow projector laptops).
 */
public record Motion(boolean transitions) {

    public static final Motion SMOOTH = new Motion(true);
    public static final Motion NONE = new Motion(false);

    /** How long an animation of this length should take: as asked, or zero (no animation). */
    public Duration duration(Duration wanted) {
        return transitions ? wanted : Duration.ZERO;
    }
}
