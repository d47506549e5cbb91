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
        // Large enough for a 4K stage: a window that overflows the virtual screen breaks its painter.
        System.setProperty("headless.geometry", "4096x4096-32");
    }
}
