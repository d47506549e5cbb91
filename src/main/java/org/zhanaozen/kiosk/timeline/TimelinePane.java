package org.zhanaozen.kiosk.timeline;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Predicate;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.input.ZoomEvent;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;
import javafx.scene.shape.Rectangle;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import org.zhanaozen.kiosk.content.Era;
import org.zhanaozen.kiosk.content.Event;
import org.zhanaozen.kiosk.content.Phase;
import org.zhanaozen.kiosk.ui.Theme;

/**
 * The time axis with the events on it. Across the axis: the months and years, then a narrow strip per phase with
 * its band (first to last event) and its events' markers, so the shape of the story shows at a glance, then the
 * event cards in rows. Landscape: time runs left to right with as many rows of cards as fit. Portrait: time runs
 * top to bottom with as many columns of cards as fit (two on a 1080-px-wide screen). Only what is visible is laid
 * out: cards and markers come from a pool and are rebound as the visitor scrolls. Drag with a finger or the mouse to scroll (a fling keeps going), pinch or
 * Ctrl+wheel to zoom.
 */
final class TimelinePane extends Region {

    // Geometry, in em of the theme's body size.
    private static final double CARD_WIDTH_EM = 15;
    /** The least width of a portrait column of cards: a 1080-px-wide screen has two. */
    private static final double MIN_COLUMN_EM = 13;
    /**
     * The least height of a landscape row: a card's padding, its badge-and-date line, up to three lines of title
     * (a long word can push a short title to three) and the gap to the next row. A shorter timeline, such as one
     * under a legend wrapped to two lines, gets fewer rows rather than titles cut short.
     */
    private static final double MIN_ROW_EM = 6.8;
    private static final double CARD_GAP_EM = 0.5;
    /** A card's padding, border and badge-and-date line, above a group card's lines of titles. */
    private static final double CARD_TOP_EM = 2.6;
    /** A card's padding and borders across its width, beside a group card's lines of titles. */
    private static final double CARD_SIDES_EM = 1.8;
    /** The body font of theme.css, which a group card's titles are measured in. */
    private static final String BODY_FONT = "Noto Sans";
    /** A group card's line of titles, as timeline.css sets it (.event-card-group-line). */
    private static final double GROUP_LINE_FONT_EM = 0.9;
    /** One line of a group card's titles, with the spacing below it. */
    private static final double GROUP_LINE_EM = 1.35;
    private static final double GUTTER_EM = 2.6;
    private static final double AXIS_HEIGHT_EM = 3.4;
    private static final double AXIS_WIDTH_EM = 5.6;
    private static final double STRIP_EM = 1.6;
    /** The strip of eras along the axis, when the content has eras: room for one line of their names. */
    private static final double ERA_STRIP_EM = 1.9;
    private static final double MARKER_EM = 0.45;
    private static final double DOT_EM = 0.8;
    private static final double MONTH_NAME_EM = 3.2;
    private static final double MONTH_LETTER_EM = 1.3;
    /** Spare pooled nodes kept for the next frame beyond those on screen. */
    private static final int SPARE_NODES = 24;
    /**
     * Cards are grouped once per zoom step, half a doubling of the visible time (41%): zooming within a step moves the
     * cards without regrouping or rebinding them. A regroup rebinds nearly every card on a dense timeline (new texts,
     * new bitmaps), which costs a frame twice the usual; with steps this long a pinch at 7% a frame regroups once in
     * five frames rather than on every frame.
     */
    private static final int GROUPING_STEPS_PER_DOUBLING = 2;
    /** Groupings kept for the zoom steps seen last, so a pinch back and forth reuses them. */
    private static final int GROUPINGS_KEPT = 48;
    /** A landing widens its view at most this many times to show every card whole (each regroup may cut another). */
    private static final int LANDING_FITS = 8;
    /** A landing widens its view by at most a quarter. */
    private static final double MAX_WIDENING = 1.25;
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
    private final EmptyNotice emptyNotice;

    private final Map<String, Region> bands = new LinkedHashMap<>();
    private final List<Era> eras;
    private final List<Label> eraBands = new ArrayList<>();
    private final List<YearMonth> months = new ArrayList<>();
    private final List<Region> monthLines = new ArrayList<>();
    private final List<Label> monthLabels = new ArrayList<>();
    private final List<Label> yearLabels = new ArrayList<>();
    private final List<Label> stripBadges = new ArrayList<>();
    private final Region gutter = new Region();
    private final Region axisStrip = new Region();

    private final Map<String, EventCard> shownCards = new HashMap<>();
    private final NodePool<EventCard> cardPool;
    private final Map<String, EventMarker> shownMarkers = new HashMap<>();
    private final NodePool<EventMarker> markerPool;

    /** What a grouping depends on: the scale of its zoom step, the card geometry and the phase filter. */
    private record GroupingKey(double pixelsPerDay, int rows, double cardLength, double gap, int titleLines,
                               double lineWidth, double lineFontSize, Set<String> phases) {

        /** Whether the two groupings place the same cards, whatever their zoom step. */
        boolean sameCardsAs(GroupingKey other) {
            return rows == other.rows && cardLength == other.cardLength && gap == other.gap
                    && titleLines == other.titleLines && lineWidth == other.lineWidth && phases.equals(other.phases);
        }
    }

    private final Map<GroupingKey, TimelineLayout> groupings = new LinkedHashMap<>(GROUPINGS_KEPT, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<GroupingKey, TimelineLayout> eldest) {
            return size() > GROUPINGS_KEPT;
        }
    };
    /** Each phase's first and last day among the shown events, for its band; found again when the filter changes. */
    private final Map<String, double[]> bandExtents = new HashMap<>();

    private double pressAlong = Double.NaN;
    private boolean pinching;
    /**
     * The grouping kept while a pinch goes on: the cards only move and scale, and are regrouped once when it ends (a
     * regroup rebinds nearly every card). Zooming in with it is safe, cards only spread apart; zooming out it is kept
     * only while its cards still do not overlap. Null when no pinch goes on.
     */
    private GroupingKey heldKey;
    private TimelineLayout heldGrouping;
    /** The geometry of the last layout (width, height, em): when it changes, the view landed on is fitted again. */
    private double laidOutWidth;
    private double laidOutHeight;
    private double laidOutEm;
    private final Deque<double[]> dragSamples = new ArrayDeque<>();

    TimelinePane(TimelineModel model, List<Phase> phases, List<Era> eras, Consumer<TimelineLayout.Group> onTap) {
        this.model = model;
        this.phases = phases;
        this.eras = eras;
        this.onTap = onTap;
        phases.forEach(p -> phasesById.put(p.id(), p));
        cardPool = new NodePool<>(cardLayer, () -> new EventCard(phases, onTap));
        markerPool = new NodePool<>(markerLayer, () -> new EventMarker(phases));
        emptyNotice = new EmptyNotice(model, phasesById);
        getStyleClass().add("timeline-pane");
        setId("timeline-pane");

        for (Phase phase : phases) {
            Region band = unmanaged(new Region(), "phase-lane", PhaseStyles.styleClass(phase));
            band.setId("band-" + phase.id());
            bands.put(phase.id(), band);
            bandLayer.getChildren().add(band);
            Label badge = PhaseStyles.badge(phase);
            badge.setManaged(false);
            badge.getStyleClass().add("strip-badge");
            stripBadges.add(badge);
        }
        for (YearMonth m = YearMonth.from(model.axis().firstDay()); m.isBefore(YearMonth.from(model.axis().endDay()));
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
        for (int i = 0; i < eras.size(); i++) {
            // Alternating tints tell two eras that touch apart; the name says which is which.
            Label band = unmanaged(new Label(eras.get(i).name()), "era-band", i % 2 == 0 ? "era-odd" : "era-even");
            band.setId("era-" + (i + 1));
            band.setMinSize(0, 0);
            eraBands.add(band);
        }
        bandLayer.getChildren().addAll(eraBands);
        gridLayer.getChildren().addAll(monthLines);
        unmanaged(gutter, "timeline-gutter");
        unmanaged(axisStrip, "timeline-axis");
        frameLayer.getChildren().add(axisStrip);
        frameLayer.getChildren().addAll(monthLabels);
        frameLayer.getChildren().addAll(yearLabels);
        frameLayer.getChildren().add(gutter);
        frameLayer.getChildren().addAll(stripBadges);
        Pane noticeLayer = layer();
        noticeLayer.getChildren().add(emptyNotice);
        getChildren().addAll(bandLayer, gridLayer, markerLayer, cardLayer, noticeLayer, frameLayer);

        Rectangle clip = new Rectangle();
        clip.widthProperty().bind(widthProperty());
        clip.heightProperty().bind(heightProperty());
        setClip(clip);

        model.startProperty().addListener(o -> requestLayout());
        model.spanProperty().addListener(o -> requestLayout());
        model.shownPhasesProperty().addListener((javafx.collections.SetChangeListener<String>) c -> {
            bandExtents.clear();
            requestLayout();
        });
        listenToInput();
        model.setLandingFit(this::fitLanding);
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

    /** Pixels from the axis origin (1 January 2011) to the start of an epoch day, at the current zoom. */
    private double x(double epochDay) {
        return (epochDay - model.axis().firstDay().toEpochDay()) * pixelsPerDay();
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
        if (getWidth() != laidOutWidth || getHeight() != laidOutHeight || em() != laidOutEm) {
            laidOutWidth = getWidth();
            laidOutHeight = getHeight();
            laidOutEm = em();
            model.refitLanding();
        }
        TimelineLayout current = timelineLayout();
        double viewStart = x(model.start());
        layoutFrame(viewStart);
        layoutBands(viewStart);
        List<TimelineLayout.Placed> visible = current.visible(model.start(), model.span(), pixelsPerDay());
        layoutEvents(visible, current, viewStart);
        layoutEmptyNotice(visible.isEmpty());
    }

    /** With no event in view, the notice says so in the middle of the cards' area, with the way on. */
    private void layoutEmptyNotice(boolean empty) {
        emptyNotice.setVisible(empty);
        if (!empty) {
            return;
        }
        Event before = null;
        Event after = null;
        for (Event event : model.events()) {
            if (!model.isShown(event)) {
                continue;
            }
            if (event.date().start().toEpochDay() < model.start()) {
                before = event;
            } else if (event.date().start().toEpochDay() >= model.end()) {
                after = event;
                break;
            }
        }
        emptyNotice.update(LocalDate.ofEpochDay((long) Math.ceil(model.start())),
                LocalDate.ofEpochDay((long) Math.ceil(model.end()) - 1), before, after);
        double width = Math.min(emptyNotice.prefWidth(-1), 0.9 * (isVertical() ? cardsAcrossLength() : axisLength()));
        double height = emptyNotice.prefHeight(width);
        double alongMiddle = gutterLength() + axisLength() / 2;
        double acrossMiddle = cardsAcross() + cardsAcrossLength() / 2;
        if (isVertical()) {
            emptyNotice.resizeRelocate(acrossMiddle - width / 2, alongMiddle - height / 2, width, height);
        } else {
            emptyNotice.resizeRelocate(alongMiddle - width / 2, acrossMiddle - height / 2, width, height);
        }
    }

    /**
     * The grouping for the current zoom step, size, orientation and filter. It is made at the widest span of the
     * step, so its cards, which only spread apart as the visitor zooms in, never overlap anywhere in the step.
     */
    TimelineLayout timelineLayout() {
        GroupingKey key = groupingKey(model.span());
        if (heldKey != null && heldKey.sameCardsAs(key)) {
            if (heldGrouping.fitsAt(pixelsPerDay())) {
                return heldGrouping;
            }
            // A pinch zooms out past its grouping: take the one a doubling further out, so the pinch goes on twice
            // as far before it regroups again (a regroup rebinds nearly every card); it ends with the exact one.
            key = groupingKey(model.span() * 2);
        }
        TimelineLayout grouping = groupings.computeIfAbsent(key, this::layoutFor);
        if (pinching) {
            heldKey = key;
            heldGrouping = grouping;
        }
        return grouping;
    }

    /** The cards' layout for one grouping key, over the whole axis. */
    private TimelineLayout layoutFor(GroupingKey key) {
        return new TimelineLayout(model.events(), model.axis().endDay().toEpochDay(), model::isShown, key.rows(),
                key.pixelsPerDay(), key.cardLength(), key.gap(), key.titleLines(), fitsOnALine(key));
    }

    private GroupingKey groupingKey(double span) {
        boolean vertical = isVertical();
        double em = em();
        double stepSpan = Math.min(model.maxSpan(), Math.pow(2,
                Math.ceil(Math.log(span) / Math.log(2) * GROUPING_STEPS_PER_DOUBLING) / GROUPING_STEPS_PER_DOUBLING));
        int rows = (int) Math.max(1, Math.floor(cardsAcrossLength() / ((vertical ? MIN_COLUMN_EM : MIN_ROW_EM) * em)));
        double cardHeight = vertical ? cardLength() : cardsAcrossLength() / rows - CARD_GAP_EM * em;
        int titleLines = (int) Math.max(1, Math.min(EventCard.MAX_GROUP_LINES,
                Math.floor((cardHeight / em - CARD_TOP_EM) / GROUP_LINE_EM)));
        double cardWidth = vertical ? cardsAcrossLength() / rows - CARD_GAP_EM * em : cardLength();
        return new GroupingKey(axisLength() / stepSpan, rows, cardLength(), CARD_GAP_EM * em, titleLines,
                cardWidth - CARD_SIDES_EM * em, GROUP_LINE_FONT_EM * em, Set.copyOf(model.shownPhasesProperty()));
    }

    /** Whether a title shows whole on one line of a group card of this grouping (measured once per grouping). */
    private static Predicate<String> fitsOnALine(GroupingKey key) {
        Text measure = new Text();
        measure.setFont(Font.font(BODY_FONT, key.lineFontSize()));
        return title -> {
            measure.setText(title);
            return measure.getLayoutBounds().getWidth() <= key.lineWidth();
        };
    }

    /**
     * A view to land on, fitted so that no card is cut at its start or end. Cards at the end slide in to end at the
     * edge where their row has room (see {@link TimelineLayout#visible}); for the others the view widens a little:
     * it starts where a card cut at the start begins and ends where one cut at the end ends, again while a regroup
     * cuts another, by at most {@link #MAX_WIDENING} (in a busy stretch each widening brings in more cards). Not in
     * the frame path: once per landing.
     */
    private TimelineModel.View fitLanding(TimelineModel.View asked) {
        if (getWidth() <= 0 || getHeight() <= 0 || getScene() == null || getScene().getWidth() <= 0
                || cardLength() + CARD_GAP_EM * em() >= axisLength()) {
            return asked;
        }
        TimelineModel.View view = asked;
        for (int i = 0; i < LANDING_FITS; i++) {
            TimelineModel.View wider = widened(view);
            if (wider.equals(view)) {
                return view;
            }
            if (wider.span() > asked.span() * MAX_WIDENING) {
                return view;
            }
            view = wider;
        }
        return view;
    }

    /** The view widened to take in the cards it cuts; the same view when it cuts none. */
    private TimelineModel.View widened(TimelineModel.View view) {
        double axis = axisLength();
        double cardLength = cardLength();
        // A card at the end is brought in with its gap to the edge, clear of the pixel snapping.
        double fitLength = cardLength + CARD_GAP_EM * em();
        double pixelsPerDay = axis / view.span();
        TimelineLayout grouping = groupings.computeIfAbsent(groupingKey(view.span()), this::layoutFor);
        double start = view.start();
        double end = view.start() + view.span();
        List<TimelineLayout.Placed> placed = grouping.visible(view.start(), view.span(), pixelsPerDay);
        for (TimelineLayout.Placed card : placed) {
            double cardDay = view.start() + card.cardPosition() / pixelsPerDay;
            if (card.cardPosition() < 0 && card.cardPosition() + cardLength > 0) {
                start = Math.min(start, cardDay);
            }
        }
        for (TimelineLayout.Placed card : placed) {
            double cardDay = view.start() + card.cardPosition() / pixelsPerDay;
            if (card.cardPosition() < axis && card.cardPosition() + cardLength > axis) {
                // The card starts at this day whatever the zoom; its length in days grows as the view widens.
                end = Math.max(end, start + (cardDay - start) / (1 - fitLength / axis));
            }
        }
        return start == view.start() && end == view.start() + view.span() ? view : model.clamp(start, end - start);
    }

    /** A pinch begins: keep the grouping on screen while it lasts. */
    void beginZoomGesture() {
        pinching = true;
        model.stopMotion();
        if (getWidth() > 0 && getHeight() > 0) {
            timelineLayout(); // holds the grouping on screen now, before the first zoom step moves to another
        }
    }

    /** The pinch ends: regroup for the zoom it left. */
    void endZoomGesture() {
        pinching = false;
        heldKey = null;
        heldGrouping = null;
        requestLayout();
    }

    /** A card's length along the axis: its width in landscape; in portrait, a row's height (three lines of title). */
    private double cardLength() {
        return (isVertical() ? MIN_ROW_EM - CARD_GAP_EM : CARD_WIDTH_EM) * em();
    }

    // Across the axis, in order: the axis with months and years, one strip per phase, the rows of cards.

    private double axisThickness() {
        return (isVertical() ? AXIS_WIDTH_EM : AXIS_HEIGHT_EM) * em();
    }

    /** The eras' strip, between the axis and the phases' strips; none without eras. */
    private double eraThickness() {
        return eras.isEmpty() ? 0 : ERA_STRIP_EM * em();
    }

    /** Across position of phase i's strip, where its band and its events' markers are. */
    private double phaseAcross(int index) {
        return axisThickness() + eraThickness() + index * STRIP_EM * em();
    }

    private double cardsAcross() {
        return phaseAcross(phases.size()) + CARD_GAP_EM * em();
    }

    private double cardsAcrossLength() {
        return Math.max(1, acrossLength() - cardsAcross() - CARD_GAP_EM * em());
    }

    private void layoutFrame(double viewStart) {
        double em = em();
        boolean vertical = isVertical();
        double axisThickness = axisThickness();
        double hairline = Math.max(1, em / 20);
        double monthLength = 30.4 * pixelsPerDay();
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
            double along = x(month.atDay(1).toEpochDay()) - viewStart;
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
            double from = x(LocalDate.of(y, 1, 1).toEpochDay()) - viewStart;
            double to = x(LocalDate.of(y + 1, 1, 1).toEpochDay()) - viewStart;
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

    /** Each era's band runs from its first day to its last, its name at the start of the part in view. */
    private void layoutEras(double viewStart) {
        for (int i = 0; i < eras.size(); i++) {
            Era era = eras.get(i);
            Label band = eraBands.get(i);
            double start = Math.max(x(era.firstDay().toEpochDay()) - viewStart, 0);
            double end = Math.min(x(era.lastDay().toEpochDay() + 1) - viewStart, axisLength());
            band.setVisible(end > start);
            double length = Math.max(0, end - start);
            if (isVertical()) {
                // Turned a quarter, so the name runs down the band as the time does, not across its narrow strip.
                band.setRotate(90);
                double middleAcross = axisThickness() + eraThickness() / 2;
                double middleAlong = gutterLength() + start + length / 2;
                band.resizeRelocate(snapPositionX(middleAcross - length / 2), snapPositionY(middleAlong - eraThickness() / 2),
                        snapSizeX(length), snapSizeY(eraThickness()));
            } else {
                band.setRotate(0);
                place(band, start, axisThickness(), length, eraThickness());
            }
        }
    }

    /** Each phase's band runs from its first shown event to its last: the shape of the story at a glance. */
    private void layoutBands(double viewStart) {
        layoutEras(viewStart);
        if (bandExtents.isEmpty()) {
            for (Event event : model.events()) {
                if (model.isShown(event)) {
                    bandExtents.merge(event.phase(),
                            new double[] {event.date().start().toEpochDay(), event.date().end().toEpochDay() + 1},
                            (a, b) -> new double[] {Math.min(a[0], b[0]), Math.max(a[1], b[1])});
                }
            }
        }
        for (Phase phase : phases) {
            Region band = bands.get(phase.id());
            double[] extent = bandExtents.get(phase.id());
            band.setVisible(extent != null);
            if (extent == null) {
                continue;
            }
            double from = x(extent[0]);
            double to = x(extent[1]);
            double start = Math.max(from - viewStart, -1);
            double end = Math.min(to - viewStart, axisLength() + 1);
            band.setVisible(end > start);
            place(band, start, phaseAcross(phase.index()), Math.max(0, end - start), STRIP_EM * em());
        }
    }

    private void layoutEvents(List<TimelineLayout.Placed> visible, TimelineLayout current, double viewStart) {
        double em = em();
        double cardLength = cardLength();
        double rowLength = cardsAcrossLength() / current.rowCount();
        // A long span's marker may show while its card is off screen: only cards that show get a node.
        List<TimelineLayout.Placed> withCards = visible.stream()
                .filter(p -> p.cardPosition() + cardLength > 0 && p.cardPosition() < axisLength()).toList();
        Set<String> cardKeys = new HashSet<>();
        withCards.forEach(p -> cardKeys.add(p.group().key()));
        Set<String> markKeys = new HashSet<>();
        visible.forEach(p -> p.group().marks().forEach(mark -> markKeys.add(mark.key())));
        // Free the nodes that left the screen first, so the pools never hold more than one screenful.
        free(shownCards, cardKeys, cardPool);
        free(shownMarkers, markKeys, markerPool);
        for (TimelineLayout.Placed placed : withCards) {
            TimelineLayout.Group group = placed.group();
            EventCard card = shownCards.computeIfAbsent(group.key(), cardPool::take);
            restyle(card.bind(group), card);
            place(card, placed.cardPosition(), cardsAcross() + group.row() * rowLength, cardLength,
                    rowLength - CARD_GAP_EM * em);
        }
        for (TimelineLayout.Placed placed : visible) {
            for (TimelineLayout.Mark mark : placed.group().marks()) {
                EventMarker marker = shownMarkers.computeIfAbsent(mark.key(), markerPool::take);
                restyle(marker.bind(placed.group(), mark), marker);
                layoutMarker(marker, mark, viewStart);
            }
        }
        // After a jump to a busier view (or a larger screen) the pools keep no more spare nodes than in use.
        cardPool.trim(Math.max(SPARE_NODES, shownCards.size()));
        markerPool.trim(Math.max(SPARE_NODES, shownMarkers.size()));
    }

    /** Gives the pool back the shown nodes whose items are no longer on screen. */
    private static <T extends Node> void free(Map<String, T> shown, Set<String> stillShown, NodePool<T> pool) {
        shown.entrySet().removeIf(entry -> {
            if (stillShown.contains(entry.getKey())) {
                return false;
            }
            pool.give(entry.getKey(), entry.getValue());
            return true;
        });
    }

    /** Nodes made or restyled in a layout pass get their CSS now, or they would show unstyled for a frame. */
    private static void restyle(boolean restyled, Node node) {
        if (restyled) {
            node.applyCss();
        }
    }

    /** A dot for a day, a bar for a month, a range or a year, or a group's extent; never shorter than a dot. */
    private void layoutMarker(EventMarker marker, TimelineLayout.Mark mark, double viewStart) {
        double em = em();
        double dot = DOT_EM * em;
        double from = x(mark.start()) - viewStart;
        double to = x(mark.end()) - viewStart;
        double thickness = mark.point() ? dot : MARKER_EM * em;
        if (to - from < dot) {
            double middle = (from + to) / 2;
            from = middle - dot / 2;
            to = middle + dot / 2;
        }
        int phase = phasesById.get(mark.phase()).index();
        double across = phaseAcross(phase) + (STRIP_EM * em - thickness) / 2;
        place(marker, from, across, to - from, thickness);
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
        addEventHandler(ZoomEvent.ZOOM_STARTED, e -> beginZoomGesture());
        addEventHandler(ZoomEvent.ZOOM, e -> {
            if (e.getZoomFactor() > 0) {
                model.zoomBy(1 / e.getZoomFactor(), dayAt(e.getX(), e.getY()));
            }
            e.consume();
        });
        addEventHandler(ZoomEvent.ZOOM_FINISHED, e -> endZoomGesture());
    }

    private void sample(double along) {
        long now = System.nanoTime();
        dragSamples.addLast(new double[] {now, along});
        while (dragSamples.size() > 2 && now - dragSamples.peekFirst()[0] > VELOCITY_WINDOW_NANOS) {
            dragSamples.pollFirst();
        }
    }
}
