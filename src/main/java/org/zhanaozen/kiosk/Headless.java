package org.zhanaozen.kiosk;

/** Switches JavaFX to Monocle's headless platform, for rendering without a display (screenshots, smoke test). */
final class Headless {

    private Headless() {
    }

    /** Must run before the JavaFX toolkit starts. */
    static void useMonocle() {
        System.setProperty("glass.platform", "Monocle");
        System.setProperty("monocle.platform", "Headless");
        System.setProperty("prism.order", "sw");
        System.setProperty("java.awt.headless", "true");
        // Large enough for any --size: the robot and pop-ups must stay on the virtual screen.
        System.setProperty("headless.geometry", "8192x8192-32");
    }
}
