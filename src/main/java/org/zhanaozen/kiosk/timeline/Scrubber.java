package org.zhanaozen.kiosk.timeline;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Region;
import org.zhanaozen.kiosk.content.Event;
import org.zhanaozen.kiosk.content.Phase;

/**
 * All three years in one strip, with each phase's extent and a window showing the part on screen. Touching or
 * dragging anywhere on it brings that time to the middle of the timeline.
 */
final class Scrubber extends Region {

    private final TimelineModel model;
    private final Region window = new Region();
    private final List<Region> phaseBars = new ArrayList<>();
    private final List<double[]> phaseExtents = new ArrayList<>();
    private final List<Label> years = new ArrayList<>();

    Scrubber(TimelineModel model, List<Phase> phases) {
        this.model = model;
        getStyleClass().add("scrubber");
        setId("scrubber");
        for (Phase phase : phases) {
            List<Event> events = model.events().stream().filter(e -> e.phase().equals(phase.id())).toList();
            if (events.isEmpty()) {
                continue;
            }
            Region bar = new Region();
            bar.getStyleClass().addAll("scrubber-phase", PhaseStyles.styleClass(phase));
            bar.setManaged(false);
            phaseBars.add(bar);
            phaseExtents.add(new double[] {
                    events.stream().mapToLong(e -> e.date().start().toEpochDay()).min().orElseThrow(),
                    events.stream().mapToLong(e -> e.date().end().toEpochDay()).max().orElseThrow() + 1});
        }
        for (int year : model.axis().years()) {
            Label label = new Label(Integer.toString(year));
            label.getStyleClass().add("scrubber-year");
            label.setManaged(false);
            label.setMouseTransparent(true);
            years.add(label);
        }
        window.getStyleClass().add("scrubber-window");
        window.setId("scrubber-window");
        window.setManaged(false);
        window.setMouseTransparent(true);
        getChildren().addAll(phaseBars);
        getChildren().addAll(years);
        getChildren().add(window);
        model.startProperty().addListener(o -> requestLayout());
        model.spanProperty().addListener(o -> requestLayout());
        addEventHandler(MouseEvent.MOUSE_PRESSED, this::jump);
        addEventHandler(MouseEvent.MOUSE_DRAGGED, this::jump);
    }

    private void jump(MouseEvent e) {
        model.stopMotion();
        model.centreOn(model.axis().firstDay().toEpochDay() + (e.getX() - snappedLeftInset()) / pixelsPerDay());
        e.consume();
    }

    private double pixelsPerDay() {
        return Math.max(1, getWidth() - snappedLeftInset() - snappedRightInset()) / model.maxSpan();
    }

    private double x(double epochDay) {
        return snappedLeftInset() + (epochDay - model.axis().firstDay().toEpochDay()) * pixelsPerDay();
    }

    @Override
    protected void layoutChildren() {
        double top = snappedTopInset();
        double height = getHeight() - top - snappedBottomInset();
        double barHeight = height / (2.0 * Math.max(1, phaseBars.size()));
        for (int i = 0; i < phaseBars.size(); i++) {
            double[] extent = phaseExtents.get(i);
            phaseBars.get(i).resizeRelocate(x(extent[0]), top + height / 2 + i * barHeight,
                    x(extent[1]) - x(extent[0]), barHeight);
        }
        for (int i = 0; i < years.size(); i++) {
            Label year = years.get(i);
            double from = x(model.axis().firstDay().plusYears(i).toEpochDay());
            double w = year.prefWidth(-1);
            year.resizeRelocate(from + (365 * pixelsPerDay() - w) / 2, top, w, Math.min(height / 2, year.prefHeight(-1)));
        }
        window.resizeRelocate(x(model.start()), 0, model.span() * pixelsPerDay(), getHeight());
    }
}
