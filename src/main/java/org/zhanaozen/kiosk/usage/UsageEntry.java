package org.zhanaozen.kiosk.usage;

import java.time.Instant;

/**
 * One line of the usage log. Nothing in it identifies a visitor: a visit is only a number that restarts each day,
 * sections, events, places and people are the exhibit's own ids, staff actions are the kiosk's own names.
 */
public sealed interface UsageEntry {

    /** When it happened. */
    Instant time();

    /** A visitor started using the kiosk. */
    record VisitStart(Instant time, int visit) implements UsageEntry {
    }

    /** The visitor left a section after {@code dwellMillis} in it. */
    record SectionLeft(Instant time, int visit, String section, long dwellMillis) implements UsageEntry {
    }

    /** The visitor opened a timeline event's detail. */
    record EventOpened(Instant time, int visit, String event) implements UsageEntry {
    }

    /** The visitor opened a place's panel on the map. */
    record PlaceOpened(Instant time, int visit, String place) implements UsageEntry {
    }

    /** The visitor opened a person's card. */
    record PersonOpened(Instant time, int visit, String person) implements UsageEntry {
    }

    /** The visitor followed a link from one section to another (or within one: {@code from} equals {@code to}). */
    record LinkFollowed(Instant time, int visit, String from, String to) implements UsageEntry {
    }

    /** The idle reset ended a visit that lasted {@code visitMillis}. */
    record IdleReset(Instant time, int visit, long visitMillis) implements UsageEntry {
    }

    /** A member of staff used the staff menu. */
    record StaffAction(Instant time, String action) implements UsageEntry {
    }
}
