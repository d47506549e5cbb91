package org.zhanaozen.kiosk.timeline;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javafx.collections.SetChangeListener;
import javafx.event.EventHandler;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import org.zhanaozen.kiosk.content.Event;
import org.zhanaozen.kiosk.content.Exhibit;
import org.zhanaozen.kiosk.content.Phase;
import org.zhanaozen.kiosk.frame.Navigator;
import org.zhanaozen.kiosk.ui.ImageLoader;
import org.zhanaozen.kiosk.ui.Messages;
import org.zhanaozen.kiosk.ui.Theme;

/**
 * The timeline screen's view: the axis, and below it, in reach of a seated visitor, the phase legend (which is also
 * the filter), the year buttons, the scrubber and the zoom buttons; the detail over everything. No heading: the
 * navigation bar names the screen, and the rows keep the height. It renders {@link TimelineModel}.
 * While it is showing, the arrow and page keys (a presenter's clicker) scroll, + and − zoom and Escape closes.
 */
final class TimelineView extends StackPane {

    private final TimelineModel model;
    private final TimelinePane pane;
    private final List<ToggleButton> phaseChips = new ArrayList<>();
    private final EventHandler<KeyEvent> keys = this::onKey;

    TimelineView(Exhibit exhibit, Navigator navigator, TimelineModel model) {
        this.model = model;
        getStyleClass().add("timeline-screen");
        setId("timeline-screen");
        getStylesheets().add(Theme.stylesheet("timeline/timeline.css"));

        pane = new TimelinePane(model, exhibit.phases(), exhibit.eras(), this::tap);
        BorderPane layout = new BorderPane(pane);
        layout.setBottom(new VBox(legend(exhibit.phases()), controls(exhibit.phases())));
        layout.getStyleClass().add("timeline-layout");
        getChildren().addAll(layout, new DetailOverlay(exhibit, navigator, model, ImageLoader.inBackground()));

        sceneProperty().addListener((obs, old, scene) -> {
            if (old != null) {
                old.removeEventFilter(KeyEvent.KEY_PRESSED, keys);
            }
            if (scene != null) {
                scene.addEventFilter(KeyEvent.KEY_PRESSED, keys);
            }
        });
    }

    TimelinePane pane() {
        return pane;
    }

    private void tap(TimelineLayout.Group group) {
        if (group.isSingle()) {
            model.open(group.members().get(0));
        } else {
            model.openGroup(group.members());
        }
    }

    /** The legend: one chip per phase with its number and colour; tapping chips shows only those phases. */
    private FlowPane legend(List<Phase> phases) {
        FlowPane legend = new FlowPane();
        legend.getStyleClass().add("timeline-legend");
        // Wrap at the screen's width, not FlowPane's default 400 px, or the legend reserves rows it does not use.
        legend.prefWrapLengthProperty().bind(widthProperty());
        for (Phase phase : phases) {
            Label name = new Label(phase.name());
            name.getStyleClass().add("phase-chip-name");
            HBox content = new HBox(PhaseStyles.badge(phase), name);
            content.getStyleClass().add("phase-chip-content");
            ToggleButton chip = new ToggleButton(null, content);
            chip.setId("phase-chip-" + phase.id());
            chip.setUserData(phase.id());
            chip.getStyleClass().addAll("phase-chip", PhaseStyles.styleClass(phase));
            chip.setOnAction(e -> model.togglePhase(phase.id()));
            phaseChips.add(chip);
            legend.getChildren().add(chip);
        }
        Button showAll = new Button(Messages.text("timeline.show-all"));
        showAll.setId("show-all-phases");
        showAll.getStyleClass().add("show-all-phases");
        showAll.setOnAction(e -> model.showAllPhases());
        showAll.managedProperty().bind(showAll.visibleProperty());
        legend.getChildren().add(showAll);
        Runnable sync = () -> {
            phaseChips.forEach(chip -> chip.setSelected(model.shownPhasesProperty().contains((String) chip.getUserData())));
            showAll.setVisible(model.isFiltered());
            legend.pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("filtered"), model.isFiltered());
        };
        model.shownPhasesProperty().addListener((SetChangeListener<String>) c -> sync.run());
        sync.run();
        return legend;
    }

    private HBox controls(List<Phase> phases) {
        HBox years = new HBox();
        years.getStyleClass().add("year-buttons");
        for (int year : model.axis().years()) {
            long first = LocalDate.of(year, 1, 1).toEpochDay();
            Button button = new Button(Integer.toString(year));
            button.setId("year-" + year);
            button.getStyleClass().add("year-button");
            button.setOnAction(e -> model.land(first, model.span(), Duration.ZERO));
            years.getChildren().add(button);
        }
        Scrubber scrubber = new Scrubber(model, phases);
        HBox.setHgrow(scrubber, Priority.ALWAYS);
        Button zoomOut = new Button("−");
        zoomOut.setId("zoom-out");
        zoomOut.getStyleClass().add("zoom-button");
        zoomOut.setOnAction(e -> model.zoomOut());
        Button zoomIn = new Button("+");
        zoomIn.setId("zoom-in");
        zoomIn.getStyleClass().add("zoom-button");
        zoomIn.setOnAction(e -> model.zoomIn());
        model.spanProperty().addListener(o -> {
            zoomIn.setDisable(!model.canZoomIn());
            zoomOut.setDisable(!model.canZoomOut());
        });
        HBox zoom = new HBox(zoomOut, zoomIn);
        zoom.getStyleClass().add("zoom-buttons");
        HBox controls = new HBox(years, scrubber, zoom);
        controls.getStyleClass().add("timeline-controls");
        return controls;
    }

    private void onKey(KeyEvent e) {
        boolean detailOpen = model.openEventProperty().get() != null || model.openGroupProperty().get() != null;
        switch (e.getCode()) {
            case LEFT, UP -> scrollKey(detailOpen, -0.2);
            case RIGHT, DOWN -> scrollKey(detailOpen, 0.2);
            case PAGE_UP -> scrollKey(detailOpen, -0.8);
            case PAGE_DOWN -> scrollKey(detailOpen, 0.8);
            case PLUS, ADD, EQUALS -> model.zoomIn();
            case MINUS, SUBTRACT -> model.zoomOut();
            case ESCAPE -> model.closeDetail();
            default -> {
                return;
            }
        }
        e.consume();
    }

    /** A presenter's "next" first closes an open detail, then moves on through the story. */
    private void scrollKey(boolean detailOpen, double views) {
        if (detailOpen) {
            model.closeDetail();
        } else {
            model.scrollByViews(views);
        }
    }

    List<Event> visibleEvents() {
        return pane.visibleCards().stream().flatMap(c -> c.group().members().stream()).toList();
    }
}
