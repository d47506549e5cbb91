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

    /**
     * The visitor opened the detail of an event, a place or a person ({@code detail} points at it), by a tap or by
     * following a link. Not called for a presentation's steps.
     */
    default void detailOpened(Link detail) {
    }

    /** The visitor followed a link from the screen {@code from} to the screen {@code to} (their {@link Screen#id()}s). */
    default void linkFollowed(String from, String to) {
    }

    /** Nobody answered the idle warning: the visit ended and the kiosk was reset. */
    default void idleReset() {
    }

    /** Staff did something: "menu-opened", "leave", "reload", "reload-failed", "idle-test", "pin-wrong", … */
    default void staffAction(String name) {
    }
}
