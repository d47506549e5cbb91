package org.zhanaozen.kiosk.timeline;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlySetProperty;
import javafx.beans.property.ReadOnlySetWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.util.Duration;
import org.zhanaozen.kiosk.content.Event;

/**
 * The timeline's state: which stretch of time is visible (its first day and its length in days, so scroll and
 * zoom), which phases the visitor has chosen to see, and which event or group of events is open. Days are
 * counted as {@link LocalDate#toEpochDay()}, fractional while scrolling. The view renders this; reset() and tests
 * work on it. A fling's inertia runs on the injected {@link Pulse}.
 */
public final class TimelineModel {

    /** About a month on screen: the closest zoom. */
    public static final double MIN_SPAN = 31;
    /** Each zoom step (button or key) halves or doubles the visible time. */
    public static final double ZOOM_STEP = 2;

    /** Fraction of the visible span left of the story's first day when the timeline opens. */
    private static final double LEAD_IN = 0.04;
    /** A fling loses about 95% of its speed per second. */
    private static final double FRICTION_PER_SECOND = 3.0;
    /** Below this speed, in visible spans per second, a fling stops. */
    private static final double REST_SPEED = 0.02;

    private final List<Event> events;
    private final TimelineAxis axis;
    private final Pulse pulse;
    private final ReadOnlyDoubleWrapper start = new ReadOnlyDoubleWrapper(this, "start");
    private final ReadOnlyDoubleWrapper span = new ReadOnlyDoubleWrapper(this, "span");
    private final ReadOnlySetWrapper<String> shownPhases =
            new ReadOnlySetWrapper<>(this, "shownPhases", FXCollections.observableSet());
    private final ObjectProperty<Event> openEvent = new SimpleObjectProperty<>(this, "openEvent");
    private final ObjectProperty<List<Event>> openGroup = new SimpleObjectProperty<>(this, "openGroup");
    private final ReadOnlyDoubleWrapper velocity = new ReadOnlyDoubleWrapper(this, "velocity");
    private long lastFrame = -1;
    /** Makes a view a visitor lands on show each of its cards whole; the view, which knows the cards, sets it. */
    private UnaryOperator<View> landingFit = UnaryOperator.identity();
    /** The view last landed on, as asked for, until the visitor moves on: fitted again when the cards change size. */
    private View landedOn;
    private boolean gliding;

    /** A stretch of time: its first day (an epoch day) and how many days it shows. */
    record View(double start, double span) {
    }

    public TimelineModel(List<Event> events, TimelineAxis axis, Pulse pulse) {
        this.events = events.stream().sorted(Comparator.comparing(Event::date)).toList();
        this.axis = axis;
        this.pulse = pulse;
        reset();
    }

    /** The time the timeline can show, from its events. */
    public TimelineAxis axis() {
        return axis;
    }

    /** The widest view, in days. */
    public double maxSpan() {
        return axis.days();
    }

    /** The events in date order (a day before the month or year that contains it). */
    public List<Event> events() {
        return events;
    }

    /** The first visible day, as an epoch day. */
    public ReadOnlyDoubleProperty startProperty() {
        return start.getReadOnlyProperty();
    }

    public double start() {
        return start.get();
    }

    /** How many days are visible: the zoom. */
    public ReadOnlyDoubleProperty spanProperty() {
        return span.getReadOnlyProperty();
    }

    public double span() {
        return span.get();
    }

    public double end() {
        return start() + span();
    }

    /** The phases the visitor chose to see; empty means every phase. */
    public ReadOnlySetProperty<String> shownPhasesProperty() {
        return shownPhases.getReadOnlyProperty();
    }

    public boolean isFiltered() {
        return !shownPhases.isEmpty();
    }

    public boolean isShown(Event event) {
        return shownPhases.isEmpty() || shownPhases.contains(event.phase());
    }

    /** The event whose detail is open, or null. */
    public ObjectProperty<Event> openEventProperty() {
        return openEvent;
    }

    /** The events of a collapsed group the visitor expanded, or null. */
    public ObjectProperty<List<Event>> openGroupProperty() {
        return openGroup;
    }

    /** The speed of a fling still moving, in days per second; 0 at rest. */
    public ReadOnlyDoubleProperty velocityProperty() {
        return velocity.getReadOnlyProperty();
    }

    public boolean canZoomIn() {
        return span() > MIN_SPAN;
    }

    public boolean canZoomOut() {
        return span() < maxSpan();
    }

    /** Shows the given stretch of time, kept within the axis and the zoom limits. */
    public void show(double firstDay, double days) {
        landedOn = null;
        place(firstDay, days);
    }

    /** Moves the view without ending a landing: a glide's frames and a landing's fit. */
    private void place(double firstDay, double days) {
        double clampedSpan = clampSpan(days);
        span.set(clampedSpan);
        start.set(clampStart(firstDay, clampedSpan));
    }

    /** A view kept within the axis and the zoom limits. */
    View clamp(double firstDay, double days) {
        double clampedSpan = clampSpan(days);
        return new View(clampStart(firstDay, clampedSpan), clampedSpan);
    }

    private double clampSpan(double days) {
        return Math.max(MIN_SPAN, Math.min(maxSpan(), days));
    }

    private double clampStart(double firstDay, double days) {
        return Math.max(axis.firstDay().toEpochDay(), Math.min(axis.endDay().toEpochDay() - days, firstDay));
    }

    /**
     * Moves to the given stretch of time over {@code duration}, easing in and out, on the pulse; at once when the
     * duration is zero. The zoom changes by equal factors per frame, so it reads as steady. A touch stops it.
     */
    public void glideTo(double firstDay, double days, Duration duration) {
        stopMotion();
        gliding = true;
        double toSpan = clampSpan(days);
        double toStart = clampStart(firstDay, toSpan);
        double fromSpan = span();
        double fromStart = start();
        double nanos = duration.toMillis() * 1e6;
        if (nanos <= 0 || (fromSpan == toSpan && fromStart == toStart)) {
            place(toStart, toSpan);
            gliding = false;
            return;
        }
        long[] began = {-1};
        pulse.start(now -> {
            if (began[0] < 0) {
                began[0] = now;
            }
            double t = Math.min(1, (now - began[0]) / nanos);
            double eased = t * t * (3 - 2 * t);
            if (t < 1) {
                place(fromStart + (toStart - fromStart) * eased, fromSpan * Math.pow(toSpan / fromSpan, eased));
            } else {
                place(toStart, toSpan);
                gliding = false;
                stopMotion();
            }
        });
    }

    public void scrollBy(double days) {
        show(start() + days, span());
    }

    /** Scrolls by a fraction of the visible span: the unit of keys and clickers. */
    public void scrollByViews(double views) {
        stopMotion();
        scrollBy(views * span());
    }

    public void centreOn(double day) {
        show(day - span() / 2, span());
    }

    /** Zooms by a factor (above 1 shows more time) keeping {@code anchorDay} where it is on screen. */
    public void zoomBy(double factor, double anchorDay) {
        double newSpan = Math.max(MIN_SPAN, Math.min(maxSpan(), span() * factor));
        double anchorFraction = (anchorDay - start()) / span();
        show(anchorDay - anchorFraction * newSpan, newSpan);
    }

    public void zoomIn() {
        stopMotion();
        zoomBy(1 / ZOOM_STEP, start() + span() / 2);
    }

    public void zoomOut() {
        stopMotion();
        zoomBy(ZOOM_STEP, start() + span() / 2);
    }

    /** Keeps scrolling at this speed (days per second), slowing down as a thrown sheet of paper would. */
    public void fling(double daysPerSecond) {
        velocity.set(daysPerSecond);
        lastFrame = -1;
        pulse.start(this::frame);
    }

    private void frame(long nanos) {
        if (lastFrame < 0) {
            lastFrame = nanos;
            return;
        }
        double seconds = (nanos - lastFrame) / 1e9;
        lastFrame = nanos;
        double before = start();
        scrollBy(velocity.get() * seconds);
        velocity.set(velocity.get() * Math.exp(-FRICTION_PER_SECOND * seconds));
        boolean atEdge = start() == before;
        if (atEdge || Math.abs(velocity.get()) < REST_SPEED * span()) {
            stopMotion();
        }
    }

    /** Stops a fling, as a finger touching the moving timeline does. */
    public void stopMotion() {
        if (gliding) {
            landedOn = null; // a touch took over from the glide
        }
        pulse.stop();
        gliding = false;
        velocity.set(0);
    }

    /**
     * Lands on a view, as the opening, a link, a year button or a step does: the view is widened as little as it
     * takes for each of its cards to show whole (see {@link #setLandingFit}), then reached over {@code duration}.
     */
    public void land(double firstDay, double days, Duration duration) {
        View view = clamp(firstDay, days);
        View fitted = landingFit.apply(view);
        glideTo(fitted.start(), fitted.span(), duration);
        landedOn = view;
    }

    /** Sets how a view landed on is fitted to its cards, and fits the current one if the visitor has not moved on. */
    void setLandingFit(UnaryOperator<View> fit) {
        landingFit = fit;
        refitLanding();
    }

    /** The cards changed size (a new screen size): the view landed on, if still there, is fitted again. */
    void refitLanding() {
        if (landedOn != null && !gliding) {
            View fitted = landingFit.apply(landedOn);
            place(fitted.start(), fitted.span());
        }
    }

    /**
     * Shows or hides a phase; with no phase chosen every phase shows. When none of the shown events is in view any
     * more, the view moves to the first of them at the same zoom, so a chip never leaves the visitor an empty axis.
     */
    public void togglePhase(String phaseId) {
        if (!shownPhases.remove(phaseId)) {
            shownPhases.add(phaseId);
        }
        closeHiddenDetail();
        boolean noneInView = events.stream().noneMatch(e -> isShown(e)
                && e.date().start().toEpochDay() < end() && e.date().end().toEpochDay() + 1 > start());
        if (noneInView) {
            stopMotion();
            events.stream().filter(this::isShown).findFirst()
                    .ifPresent(first -> land(first.date().start().toEpochDay() - span() / 4, span(), Duration.ZERO));
        }
    }

    public void showAllPhases() {
        shownPhases.clear();
    }

    /** Sets exactly these phases as shown. */
    public void showPhases(Set<String> phaseIds) {
        shownPhases.clear();
        shownPhases.addAll(phaseIds);
        closeHiddenDetail();
    }

    private void closeHiddenDetail() {
        if (openEvent.get() != null && !isShown(openEvent.get())) {
            openEvent.set(null);
        }
        openGroup.set(null);
    }

    public void open(Event event) {
        openGroup.set(null);
        openEvent.set(event);
    }

    public void openGroup(List<Event> group) {
        openEvent.set(null);
        openGroup.set(List.copyOf(group));
    }

    public void closeDetail() {
        openEvent.set(null);
        openGroup.set(null);
    }

    /**
     * Brings an event into view at no more than the opening zoom, its start a quarter from the timeline's start,
     * showing every phase if the filter hid it, and opens its detail.
     */
    public void reveal(Event event) {
        reveal(event, Duration.ZERO);
    }

    /** Reveals an event, scrolling there over {@code duration} (see {@link #glideTo}); its detail opens at once. */
    public void reveal(Event event, Duration duration) {
        if (!isShown(event)) {
            showAllPhases();
        }
        double days = Math.min(span(), axis.openingSpan());
        land(event.date().start().toEpochDay() - days / 4, days, duration);
        open(event);
    }

    /** Brings an event into view at the same zoom, a quarter from the start, as the empty view's arrows do. */
    public void bringIntoView(Event event) {
        land(event.date().start().toEpochDay() - span() / 4, span(), Duration.ZERO);
    }

    /** The opening state: the story's start at the opening zoom, every phase, nothing open, nothing moving. */
    public void reset() {
        stopMotion();
        shownPhases.clear();
        closeDetail();
        land(axis.storyStart().toEpochDay() - LEAD_IN * axis.openingSpan(), axis.openingSpan(), Duration.ZERO);
    }
}
