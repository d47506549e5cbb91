package org.zhanaozen.kiosk.frame;

/**
 * What happens at the kiosk, for whoever wants to record it (a usage log). Called on the JavaFX thread; an
 * implementation must return quickly and never throw. Every method does nothing by default.
 */
public interface KioskEvents {

    /** Does nothing: the kiosk without a recorder. */
    KioskEvents NONE = new KioskEvents() {
    };

    /** A visitor touched the attract state: a visit begins. */
    default void visitStarted() {
    }

    /** A section came on screen during a visit (its {@link Screen#id()}). */
    default void sectionShown(String screenId) {
    }

    /** Nobody answered the idle warning: the visit ended and the kiosk was reset. */
    default void idleReset() {
    }

    /** Staff did something: "menu-opened", "leave", "reload", "reload-failed", "idle-test", "pin-wrong", … */
    default void staffAction(String name) {
    }
}
