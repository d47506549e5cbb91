package org.zhanaozen.kiosk.usage;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import org.zhanaozen.kiosk.frame.KioskEvents;
import org.zhanaozen.kiosk.frame.Link;
import org.zhanaozen.kiosk.usage.UsageEntry.EventOpened;
import org.zhanaozen.kiosk.usage.UsageEntry.IdleReset;
import org.zhanaozen.kiosk.usage.UsageEntry.LinkFollowed;
import org.zhanaozen.kiosk.usage.UsageEntry.PersonOpened;
import org.zhanaozen.kiosk.usage.UsageEntry.PlaceOpened;
import org.zhanaozen.kiosk.usage.UsageEntry.SectionLeft;
import org.zhanaozen.kiosk.usage.UsageEntry.StaffAction;
import org.zhanaozen.kiosk.usage.UsageEntry.VisitStart;

/**
 * What the kiosk tells about its use, turned into usage log entries with their dwell times and visit lengths.
 * Call it from the FX thread; it never throws and never touches the disk itself.
 *
 * <p>A visit runs from {@link #visitStarted()} to {@link #idleReset()}. Outside a visit (at start-up, in the attract
 * loop, after the reset) nothing the kiosk shows is a visitor's doing: sections are only remembered, so the next
 * visitor's time on the screen they find is counted from their first touch, and details and links are not recorded.
 */
public final class UsageRecorder implements KioskEvents {

    private final Clock clock;
    private final UsageLog log;
    private final Duration idleTimeout;

    private LocalDate day;
    private int visitsToday;
    private int visit;
    private Instant visitStart;
    private Instant lastActivity;
    private String section;
    private Instant sectionSince;

    /**
     * @param clock       the time, and the zone whose days number the visits
     * @param log         where the entries go
     * @param idleTimeout how long the kiosk waits without input before its idle reset: the visitor left that long
     *                    before {@link #idleReset()}, so it is not counted in their visit
     */
    public UsageRecorder(Clock clock, UsageLog log, Duration idleTimeout) {
        this.clock = clock;
        this.log = log;
        this.idleTimeout = idleTimeout;
    }

    /** The kiosk's recorder: the system clock and zone, the log in {@code folder} (see {@link UsageLog#inFolder}). */
    public static UsageRecorder inFolder(Path folder, Duration idleTimeout) {
        Clock clock = Clock.systemDefaultZone();
        return new UsageRecorder(clock, UsageLog.inFolder(folder, clock.getZone()), idleTimeout);
    }

    /** A visitor's first touch after the attract loop or start-up; ignored while a visit is already running. */
    @Override
    public void visitStarted() {
        if (inVisit()) {
            return;
        }
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, clock.getZone());
        if (!today.equals(day)) {
            day = today;
            visitsToday = 0;
        }
        visit = ++visitsToday;
        visitStart = now;
        lastActivity = now;
        sectionSince = now;
        log.write(new VisitStart(now, visit));
    }

    /**
     * The kiosk now shows the screen {@code screenId}: ends the time in the previous section, if it was another.
     */
    @Override
    public void sectionShown(String screenId) {
        if (screenId.equals(section)) {
            return;
        }
        Instant now = clock.instant();
        if (inVisit()) {
            leaveSection(now);
            lastActivity = now;
        }
        section = screenId;
        sectionSince = now;
    }

    /** The visitor opened an event's detail, a place's panel or a person's card; a screen's view is not recorded. */
    @Override
    public void detailOpened(Link detail) {
        if (!inVisit()) {
            return;
        }
        Instant now = clock.instant();
        if (detail instanceof Link.ToEvent) {
            log.write(new EventOpened(now, visit, detail.id()));
        } else if (detail instanceof Link.ToPlace || detail instanceof Link.ToPlaceAtZoom) {
            log.write(new PlaceOpened(now, visit, detail.id()));
        } else if (detail instanceof Link.ToPerson) {
            log.write(new PersonOpened(now, visit, detail.id()));
        } else {
            return;
        }
        lastActivity = now;
    }

    /** The visitor followed a link between sections. */
    @Override
    public void linkFollowed(String from, String to) {
        if (!inVisit()) {
            return;
        }
        Instant now = clock.instant();
        lastActivity = now;
        log.write(new LinkFollowed(now, visit, from, to));
    }

    /**
     * The idle reset: ends the visit and the time in its last section. Call it before the kiosk goes back to its
     * home screen, so the last section is the visitor's and not the reset's. Ignored outside a visit.
     */
    @Override
    public void idleReset() {
        if (!inVisit()) {
            return;
        }
        Instant now = clock.instant();
        Instant left = later(lastActivity, now.minus(idleTimeout));
        leaveSection(left);
        log.write(new IdleReset(now, visit, millisBetween(visitStart, left)));
        visit = 0;
    }

    /** A member of staff used the staff menu; {@code action} is the kiosk's own name for it, e.g. "reload-content". */
    @Override
    public void staffAction(String action) {
        log.write(new StaffAction(clock.instant(), action));
    }

    private boolean inVisit() {
        return visit > 0;
    }

    private void leaveSection(Instant left) {
        if (section != null) {
            log.write(new SectionLeft(left, visit, section, millisBetween(sectionSince, left)));
        }
    }

    /** Never negative, even when the system clock is set back during a visit. */
    private static long millisBetween(Instant start, Instant end) {
        return Math.max(0, Duration.between(start, end).toMillis());
    }

    private static Instant later(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }
}
