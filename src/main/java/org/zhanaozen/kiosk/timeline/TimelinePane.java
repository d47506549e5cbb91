package org.zhanaozen.kiosk.timeline;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.input.ZoomEvent;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;
import javafx.scene.shape.Rectangle;
import org.zhanaozen.kiosk.content.Event;
import org.zhanaozen.kiosk.content.Phase;
import org.zhanaozen.kiosk.ui.Theme;

/**
 * The time axis with the events on it. Across the axis: the months and years, then a narrow strip per phase with
 * its band (first to last event) and its events' markers, so the shape of the story shows at a glance, then the
 * event cards in rows. Landscape: time runs left to right with as many rows of cards as fit. Portrait: time runs
 * top to bottom and the cards share one wide column, so titles stay readable on a 1080-px-wide screen. Only what is visible is laid out: cards and markers come from a pool and
 * are rebound as the visitor scrolls. Drag with a finger or the mouse to scroll (a fling keeps going), pinch or
 * Ctrl+wheel to zoom.
 */
final class TimelinePane extends Region {

    // Geometry, in em of the theme's body size.
    private static final double CARD_WIDTH_EM = 15;
    private static final double CARD_HEIGHT_EM = 4.4;
    /** A landscape row of cards: a date line and up to three lines of title. */
    private static final double MIN_ROW_EM = 5.4;
    private static final double CARD_GAP_EM = 0.5;
    private static final double GUTTER_EM = 2.6;
    private static final double AXIS_HEIGHT_EM = 3.4;
    private static final double AXIS_WIDTH_EM = 5.6;
    private static final double STRIP_EM = 1.6;
    private static final double MARKER_EM = 0.45;
    private static final double DOT_EM = 0.8;
    private static final double MONTH_NAME_EM = 3.2;
    private static final double MONTH_LETTER_EM = 1.3;
    /** Spare pooled nodes kept for the next frame beyond those on screen. */
    private static final int SPARE_NODES = 24;
    /** Releasing a drag faster than this, in pixels per second, flings the timeline. */
    private static final double FLING_MIN_SPEED = 150;
    /** The drag samples a fling's speed is measured over. */
    private static final long VELOCITY_WINDOW_NANOS = 100_000_000L;

    private final TimelineModel model;
    private final List<Phase> phases;
    private final Map<String, Phase> phasesById = new HashMap<>();
    private final Consumer<TimelineLayout.Group> onTap;

    private final Pane bandLayer = layer();
    private final Pane gridLayer = layer();
    private final Pane markerLayer = layer();
    private final Pane cardLayer = layer();
    private final Pane frameLayer = layer();

    private final Map<String, Region> bands = new LinkedHashMap<>();
    private final List<YearMonth> months = new ArrayList<>();
    private final List<Region> monthLines = new ArrayList<>();
    private final List<Label> monthLabels = new ArrayList<>();
    private final List<Label> yearLabels = new ArrayList<>();
    private final List<Label> stripBadges = new ArrayList<>();
    private final Region gutter = new Region();
    private final Region axisStrip = new Region();

    private final Map<String, EventCard> shownCards = new HashMap<>();
    private final Deque<EventCard> freeCards = new ArrayDeque<>();
    private final Map<String, Region> shownMarkers = new HashMap<>();
    private final Deque<Region> freeMarkers = new ArrayDeque<>();

    private TimelineLayout layout;
    private Object layoutKey;

    private double pressAlong = Double.NaN;
    private boolean pinching;
    private final Deque<double[]> dragSamples = new ArrayDeque<>();

    TimelinePane(TimelineModel model, List<Phase> phases, Consumer<TimelineLayout.Group> onTap) {
        this.model = model;
        this.phases = phases;
        this.onTap = onTap;
        phases.forEach(p -> phasesById.put(p.id(), p));
        getStyleClass().add("timeline-pane");
        setId("timeline-pane");

        for (Phase phase : phases) {
            Region band = unmanaged(new Region(), "phase-band", PhaseStyles.styleClass(phase.id()));
            band.setId("band-" + phase.id());
            bands.put(phase.id(), band);
            bandLayer.getChildren().add(band);
            Label badge = PhaseStyles.badge(phase);
            badge.setManaged(false);
            badge.getStyleClass().add("strip-badge");
            stripBadges.add(badge);
        }
        for (YearMonth m = YearMonth.from(TimelineModel.FIRST_DAY); m.isBefore(YearMonth.from(TimelineModel.END_DAY));
             m = m.plusMonths(1)) {
            months.add(m);
            Region line = unmanaged(new Region(), m.getMonthValue() == 1 ? "year-line" : "month-line");
            line.setId(String.format(Locale.ROOT, "month-%d-%02d", m.getYear(), m.getMonthValue()));
            monthLines.add(line);
            Label label = unmanaged(new Label(), "month-label");
            monthLabels.add(label);
            if (m.getMonthValue() == 1) {
                Label year = unmanaged(new Label(Integer.toString(m.getYear())), "year-label");
                year.setId("year-label-" + m.getYear());
                yearLabels.add(year);
            }
        }
        gridLayer.getChildren().addAll(monthLines);
        unmanaged(gutter, "timeline-gutter");
        unmanaged(axisStrip, "timeline-axis");
        frameLayer.getChildren().add(axisStrip);
        frameLayer.getChildren().addAll(monthLabels);
        frameLayer.getChildren().addAll(yearLabels);
        frameLayer.getChildren().add(gutter);
        frameLayer.getChildren().addAll(stripBadges);
        getChildren().addAll(bandLayer, gridLayer, markerLayer, cardLayer, frameLayer);

        Rectangle clip = new Rectangle();
        clip.widthProperty().bind(widthProperty());
        clip.heightProperty().bind(heightProperty());
        setClip(clip);

        model.startProperty().addListener(o -> requestLayout());
        model.spanProperty().addListener(o -> requestLayout());
        model.shownPhasesProperty().addListener((javafx.collections.SetChangeListener<String>) c -> requestLayout());
        listenToInput();
    }

    private static Pane layer() {
        Pane pane = new Pane();
        pane.setPickOnBounds(false);
        return pane;
    }

    private static <T extends Node> T unmanaged(T node, String... styleClasses) {
        node.setManaged(false);
        node.getStyleClass().addAll(styleClasses);
        return node;
    }

    // ---- geometry

    boolean isVertical() {
        return getHeight() > getWidth();
    }

    private double em() {
        return getScene() == null ? Theme.BODY_SIZE : Theme.bodySize(getScene().getWidth(), getScene().getHeight());
    }

    private double gutterLength() {
        return GUTTER_EM * em();
    }

    /** Pixels along the time axis that show time. */
    double axisLength() {
        return Math.max(1, (isVertical() ? getHeight() : getWidth()) - gutterLength());
    }

    double pixelsPerDay() {
        return axisLength() / model.span();
    }

    /** The day at a point in this pane's coordinates. */
    double dayAt(double x, double y) {
        double along = (isVertical() ? y : x) - gutterLength();
        return model.start() + along / pixelsPerDay();
    }

    private double along(MouseEvent e) {
        return isVertical() ? e.getY() : e.getX();
    }

    /** Places a node by its extent along the time axis (from the axis origin) and across it. */
    private void place(Node node, double along, double across, double alongLength, double acrossLength) {
        double a = gutterLength() + along;
        if (isVertical()) {
            node.resizeRelocate(snapPositionX(across), snapPositionY(a), snapSizeX(acrossLength), snapSizeY(alongLength));
        } else {
            node.resizeRelocate(snapPositionX(a), snapPositionY(across), snapSizeX(alongLength), snapSizeY(acrossLength));
        }
    }

    private double acrossLength() {
        return isVertical() ? getWidth() : getHeight();
    }

    // ---- layout

    @Override
    protected void layoutChildren() {
        for (Node layer : getChildren()) {
            layer.resizeRelocate(0, 0, getWidth(), getHeight());
        }
        // Until the scene has its size the em, and so the whole geometry, is not known.
        if (getWidth() <= 0 || getHeight() <= 0 || getScene() == null || getScene().getWidth() <= 0) {
            return;
        }
        TimelineLayout current = timelineLayout();
        double viewStart = current.x(model.start());
        layoutFrame(current, viewStart);
        layoutBands(current, viewStart);
        layoutEvents(current.visible(viewStart, axisLength()), current, viewStart);
    }

    /** The grouping at the current zoom, size, orientation and filter; rebuilt only when one of them changes. */
    TimelineLayout timelineLayout() {
        boolean vertical = isVertical();
        double em = em();
        Object key = List.of(model.span(), getWidth(), getHeight(), vertical, em, Set.copyOf(model.shownPhasesProperty()));
        if (!key.equals(layoutKey)) {
            double cardLength = (vertical ? CARD_HEIGHT_EM : CARD_WIDTH_EM) * em;
            int rows = vertical ? 1 : (int) Math.max(1, Math.floor(cardsAcrossLength() / (MIN_ROW_EM * em)));
            layout = new TimelineLayout(model.events(), model::isShown, rows, pixelsPerDay(), cardLength,
                    CARD_GAP_EM * em);
            layoutKey = key;
        }
        return layout;
    }

    // Across the axis, in order: the axis with months and years, one strip per phase, the rows of cards.

    private double axisThickness() {
        return (isVertical() ? AXIS_WIDTH_EM : AXIS_HEIGHT_EM) * em();
    }

    /** Across position of phase i's strip, where its band and its events' markers are. */
    private double phaseAcross(int index) {
        return axisThickness() + index * STRIP_EM * em();
    }

    private double cardsAcross() {
        return phaseAcross(phases.size()) + CARD_GAP_EM * em();
    }

    private double cardsAcrossLength() {
        return Math.max(1, acrossLength() - cardsAcross() - CARD_GAP_EM * em());
    }

    private void layoutFrame(TimelineLayout current, double viewStart) {
        double em = em();
        boolean vertical = isVertical();
        double axisThickness = axisThickness();
        double hairline = Math.max(1, em / 20);
        double monthLength = 30.4 * current.pixelsPerDay();
        TextStyle monthStyle = monthLength >= MONTH_NAME_EM * em ? TextStyle.SHORT
                : monthLength >= MONTH_LETTER_EM * em ? TextStyle.NARROW : null;

        place(axisStrip, -gutterLength(), 0, axisLength() + gutterLength(), axisThickness);
        if (vertical) {
            gutter.resizeRelocate(0, 0, getWidth(), gutterLength());
        } else {
            gutter.resizeRelocate(0, 0, gutterLength(), getHeight());
        }

        for (int i = 0; i < months.size(); i++) {
            YearMonth month = months.get(i);
            double along = current.x(month.atDay(1).toEpochDay()) - viewStart;
            boolean inView = along > -monthLength && along < axisLength();
            Region line = monthLines.get(i);
            // Gridlines run from the axis across the cards, so a card's date reads against the months.
            line.setVisible(inView);
            Label label = monthLabels.get(i);
            label.setVisible(inView && monthStyle != null);
            if (!inView) {
                continue;
            }
            double thickness = month.getMonthValue() == 1 ? 2 * hairline : hairline;
            place(line, along, 0, thickness, acrossLength());
            if (monthStyle != null) {
                label.setText(month.getMonth().getDisplayName(monthStyle, Locale.ENGLISH));
                double w = label.prefWidth(-1);
                double h = label.prefHeight(-1);
                if (vertical) {
                    label.resizeRelocate(axisThickness - w - 0.4 * em, gutterLength() + along + 0.1 * em, w, h);
                } else {
                    label.resizeRelocate(gutterLength() + along + 0.3 * em, axisThickness - h - 0.2 * em, w, h);
                }
            }
        }
        // Year labels stay at the start of the view while their year is on screen, so a visitor always knows when.
        for (Label year : yearLabels) {
            int y = Integer.parseInt(year.getText());
            double from = current.x(LocalDate.of(y, 1, 1).toEpochDay()) - viewStart;
            double to = current.x(LocalDate.of(y + 1, 1, 1).toEpochDay()) - viewStart;
            double w = year.prefWidth(-1);
            double h = year.prefHeight(-1);
            double length = vertical ? h : w;
            double along = Math.max(from, Math.min(0, to - length)) + (vertical ? 0.1 : 0.3) * em;
            year.setVisible(to > 0 && from < axisLength());
            if (vertical) {
                year.resizeRelocate(0.4 * em, gutterLength() + along, w, h);
            } else {
                year.resizeRelocate(gutterLength() + along, 0.2 * em, w, h);
            }
        }
        for (int i = 0; i < stripBadges.size(); i++) {
            Label badge = stripBadges.get(i);
            double w = Math.max(badge.minWidth(-1), badge.prefWidth(-1));
            double h = Math.max(badge.minHeight(-1), badge.prefHeight(-1));
            if (vertical) {
                badge.resizeRelocate(phaseAcross(i) + (STRIP_EM * em() - w) / 2, (gutterLength() - h) / 2, w, h);
            } else {
                badge.resizeRelocate((gutterLength() - w) / 2, phaseAcross(i) + (STRIP_EM * em() - h) / 2, w, h);
            }
        }
    }

    /** Each phase's band runs from its first shown event to its last: the shape of the story at a glance. */
    private void layoutBands(TimelineLayout current, double viewStart) {
        for (Phase phase : phases) {
            Region band = bands.get(phase.id());
            List<Event> shown = model.events().stream()
                    .filter(e -> e.phase().equals(phase.id()) && model.isShown(e)).toList();
            band.setVisible(!shown.isEmpty());
            if (shown.isEmpty()) {
                continue;
            }
            double from = current.x(shown.stream().mapToLong(e -> e.date().start().toEpochDay()).min().orElseThrow());
            double to = current.x(shown.stream().mapToLong(e -> e.date().end().toEpochDay()).max().orElseThrow() + 1);
            double start = Math.max(from - viewStart, -1);
            double end = Math.min(to - viewStart, axisLength() + 1);
            band.setVisible(end > start);
            place(band, start, phaseAcross(phase.index()), Math.max(0, end - start), STRIP_EM * em());
        }
    }

    private void layoutEvents(List<TimelineLayout.Placed> visible, TimelineLayout current, double viewStart) {
        double em = em();
        double cardLength = (isVertical() ? CARD_HEIGHT_EM : CARD_WIDTH_EM) * em;
        double rowLength = cardsAcrossLength() / current.rowCount();
        // A long span's marker may show while its card is off screen: only cards that show get a node.
        List<TimelineLayout.Placed> withCards = visible.stream()
                .filter(p -> p.cardPosition() + cardLength > 0 && p.cardPosition() < axisLength()).toList();
        Set<String> keys = new java.util.HashSet<>();
        withCards.forEach(p -> keys.add(p.group().key()));
        // Free the cards that left the screen first, so the pool never holds more than one screenful.
        shownCards.entrySet().removeIf(entry -> {
            if (keys.contains(entry.getKey())) {
                return false;
            }
            EventCard card = entry.getValue();
            card.setVisible(false);
            card.setId(null); // so a lookup by id finds only what is on screen
            freeCards.push(card);
            return true;
        });
        for (TimelineLayout.Placed placed : withCards) {
            TimelineLayout.Group group = placed.group();
            EventCard card = shownCards.get(group.key());
            if (card == null) {
                card = freeCards.isEmpty() ? newCard() : freeCards.pop();
                card.setVisible(true);
                rebind(card, group);
                shownCards.put(group.key(), card);
            } else if (!Objects.equals(card.group(), group)) {
                rebind(card, group);
            }
            place(card, placed.cardPosition(), cardsAcross() + group.row() * rowLength, cardLength,
                    rowLength - CARD_GAP_EM * em);
        }
        Map<String, Region> nowMarkers = new HashMap<>();
        visible.forEach(placed -> layoutMarkers(placed.group(), current, viewStart, nowMarkers));
        shownMarkers.values().forEach(marker -> {
            marker.setVisible(false);
            marker.setId(null);
            freeMarkers.push(marker);
        });
        shownMarkers.clear();
        shownMarkers.putAll(nowMarkers);
        trim(freeCards, shownCards.size(), cardLayer);
        trim(freeMarkers, shownMarkers.size(), markerLayer);
    }

    /** After a jump to a busier view (or a larger screen) the pool keeps no more spare nodes than in use. */
    private static <T extends Node> void trim(Deque<T> free, int inUse, Pane layer) {
        while (free.size() > Math.max(SPARE_NODES, inUse)) {
            layer.getChildren().remove(free.pop());
        }
    }

    /** One marker per phase in a card: a dot for a day, a bar for a month, a range or a year, or a group's extent. */
    private void layoutMarkers(TimelineLayout.Group group, TimelineLayout current, double viewStart,
                               Map<String, Region> nowMarkers) {
        double em = em();
        Map<String, double[]> extents = new LinkedHashMap<>();
        for (Event event : group.members()) {
            double from = current.x(event.date().start().toEpochDay());
            double to = current.x(event.date().end().toEpochDay() + 1);
            extents.merge(event.phase(), new double[] {from, to, event.date().isPoint() ? 1 : 0},
                    (a, b) -> new double[] {Math.min(a[0], b[0]), Math.max(a[1], b[1]), 0});
        }
        for (Map.Entry<String, double[]> extent : extents.entrySet()) {
            String key = group.key() + "@" + extent.getKey();
            Region marker = shownMarkers.remove(key);
            if (marker == null) {
                marker = freeMarkers.isEmpty() ? newMarker() : freeMarkers.pop();
                marker.setVisible(true);
            }
            nowMarkers.put(key, marker);
            boolean point = extent.getValue()[2] == 1;
            List<String> styles = List.of("event-marker", point ? "point" : "span", PhaseStyles.styleClass(extent.getKey()));
            if (!marker.getStyleClass().equals(styles)) {
                marker.getStyleClass().setAll(styles);
                marker.applyCss();
            }
            marker.setId(group.isSingle() ? "marker-" + group.members().get(0).id() : null);
            double dot = DOT_EM * em;
            double from = extent.getValue()[0] - viewStart;
            double to = extent.getValue()[1] - viewStart;
            double thickness = point ? dot : MARKER_EM * em;
            if (to - from < dot) {
                double middle = (from + to) / 2;
                from = middle - dot / 2;
                to = middle + dot / 2;
            }
            int phase = phasesById.get(extent.getKey()).index();
            double across = phaseAcross(phase) + (STRIP_EM * em - thickness) / 2;
            place(marker, from, across, to - from, thickness);
        }
    }

    /** Cards made or restyled during a layout pass get their CSS now, or they would show unstyled for a frame. */
    private static void rebind(EventCard card, TimelineLayout.Group group) {
        card.bind(group);
        card.applyCss();
    }

    private EventCard newCard() {
        EventCard card = new EventCard(phasesById, onTap);
        cardLayer.getChildren().add(card);
        return card;
    }

    private Region newMarker() {
        Region marker = unmanaged(new Region());
        marker.setMouseTransparent(true);
        markerLayer.getChildren().add(marker);
        return marker;
    }

    /** The cards on screen now, for tests and the benchmark. */
    List<EventCard> visibleCards() {
        return List.copyOf(shownCards.values());
    }

    // ---- input

    private void listenToInput() {
        addEventHandler(MouseEvent.MOUSE_PRESSED, e -> {
            model.stopMotion();
            pressAlong = along(e);
            dragSamples.clear();
            sample(pressAlong);
        });
        addEventHandler(MouseEvent.MOUSE_DRAGGED, e -> {
            if (Double.isNaN(pressAlong) || pinching) {
                return;
            }
            double now = along(e);
            double last = dragSamples.isEmpty() ? pressAlong : dragSamples.peekLast()[1];
            model.scrollBy(-(now - last) / pixelsPerDay());
            sample(now);
        });
        addEventHandler(MouseEvent.MOUSE_RELEASED, e -> {
            if (Double.isNaN(pressAlong)) {
                return;
            }
            pressAlong = Double.NaN;
            if (e.isStillSincePress() || pinching || dragSamples.size() < 2) {
                return;
            }
            double[] first = dragSamples.peekFirst();
            double[] last = dragSamples.peekLast();
            double seconds = (last[0] - first[0]) / 1e9;
            double speed = seconds > 0 ? (last[1] - first[1]) / seconds : 0;
            if (Math.abs(speed) >= FLING_MIN_SPEED) {
                model.fling(-speed / pixelsPerDay());
            }
        });
        addEventHandler(ScrollEvent.SCROLL, e -> {
            // Touch drags arrive as (synthesized) mouse drags too; scroll gestures would move the timeline twice.
            if (e.isDirect() || e.isInertia()) {
                return;
            }
            if (e.isShortcutDown() || e.isControlDown()) {
                model.zoomBy(e.getDeltaY() > 0 ? 1 / 1.2 : 1.2, dayAt(e.getX(), e.getY()));
            } else {
                double delta = Math.abs(e.getDeltaX()) > Math.abs(e.getDeltaY()) ? e.getDeltaX() : e.getDeltaY();
                model.stopMotion();
                model.scrollBy(-delta / pixelsPerDay());
            }
            e.consume();
        });
        addEventHandler(ZoomEvent.ZOOM_STARTED, e -> {
            pinching = true;
            model.stopMotion();
        });
        addEventHandler(ZoomEvent.ZOOM, e -> {
            if (e.getZoomFactor() > 0) {
                model.zoomBy(1 / e.getZoomFactor(), dayAt(e.getX(), e.getY()));
            }
            e.consume();
        });
        addEventHandler(ZoomEvent.ZOOM_FINISHED, e -> pinching = false);
    }

    private void sample(double along) {
        long now = System.nanoTime();
        dragSamples.addLast(new double[] {now, along});
        while (dragSamples.size() > 2 && now - dragSamples.peekFirst()[0] > VELOCITY_WINDOW_NANOS) {
            dragSamples.pollFirst();
        }
    }
}
