package org.zhanaozen.kiosk.timeline;

import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.zhanaozen.kiosk.content.Event;
import org.zhanaozen.kiosk.content.Phase;
import org.zhanaozen.kiosk.ui.Messages;

/**
 * What the timeline says when the view holds no event: why ("No Trials events in Jan – Oct 2011") and the way on
 * (show all phases, when the filter hides everything; the previous and next event, with their dates). Updated only
 * when what it says changes, so the frames of a scroll through an empty stretch only move it.
 */
final class EmptyNotice extends VBox {

    private final TimelineModel model;
    private final Map<String, Phase> phasesById;
    private final Label message = new Label();
    private final Button showAll = new Button(Messages.text("timeline.empty.show-all"));
    private final Button previous = new Button();
    private final Button next = new Button();
    private Event previousEvent;
    private Event nextEvent;
    private String period;

    EmptyNotice(TimelineModel model, Map<String, Phase> phasesById) {
        this.model = model;
        this.phasesById = phasesById;
        setId("timeline-empty");
        getStyleClass().add("timeline-empty");
        setManaged(false);
        message.setId("timeline-empty-message");
        message.getStyleClass().add("timeline-empty-message");
        message.setWrapText(true);
        showAll.setId("timeline-empty-show-all");
        showAll.setOnAction(e -> model.showAllPhases());
        previous.setId("timeline-empty-previous");
        previous.setOnAction(e -> model.bringIntoView(previousEvent));
        next.setId("timeline-empty-next");
        next.setOnAction(e -> model.bringIntoView(nextEvent));
        for (Button button : List.of(showAll, previous, next)) {
            button.getStyleClass().add("timeline-empty-button");
            button.setMinWidth(Region.USE_PREF_SIZE);
            button.managedProperty().bind(button.visibleProperty());
        }
        HBox buttons = new HBox(previous, showAll, next);
        buttons.getStyleClass().add("timeline-empty-buttons");
        getChildren().addAll(message, buttons);
        model.shownPhasesProperty().addListener((javafx.collections.SetChangeListener<String>) c -> period = null);
    }

    /** Says what the view from {@code firstDay} to {@code lastDay} lacks, with the shown events either side. */
    void update(LocalDate firstDay, LocalDate lastDay, Event before, Event after) {
        String newPeriod = EventCard.months(firstDay, lastDay, TextStyle.SHORT);
        if (newPeriod.equals(period) && before == previousEvent && after == nextEvent) {
            return;
        }
        period = newPeriod;
        previousEvent = before;
        nextEvent = after;
        message.setText(model.isFiltered()
                ? Messages.text("timeline.empty.filtered", phaseNames(), newPeriod)
                : Messages.text("timeline.empty", newPeriod));
        showAll.setVisible(model.isFiltered());
        previous.setVisible(before != null);
        previous.setText(before == null ? null : Messages.text("timeline.empty.previous", before.shownDate()));
        next.setVisible(after != null);
        next.setText(after == null ? null : Messages.text("timeline.empty.next", after.shownDate()));
    }

    private String phaseNames() {
        return model.shownPhasesProperty().stream().map(phasesById::get).filter(Objects::nonNull)
                .sorted(Comparator.comparingInt(Phase::index)).map(Phase::name)
                .collect(Collectors.joining(Messages.text("timeline.empty.phase-separator")));
    }
}
