package org.zhanaozen.kiosk.timeline;

import java.util.List;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.zhanaozen.kiosk.content.Correction;
import org.zhanaozen.kiosk.content.Event;
import org.zhanaozen.kiosk.content.Exhibit;
import org.zhanaozen.kiosk.content.Phase;
import org.zhanaozen.kiosk.frame.Link;
import org.zhanaozen.kiosk.frame.Navigator;
import org.zhanaozen.kiosk.ui.CloseButtons;
import org.zhanaozen.kiosk.ui.ImageLoader;
import org.zhanaozen.kiosk.ui.Messages;
import org.zhanaozen.kiosk.ui.ScrollingPage;
import org.zhanaozen.kiosk.ui.Texts;

/**
 * The open event's detail (its date, corrected where the source prints it wrong, title, full text, its image with
 * caption and credit, and the places and people it concerns as links to other screens) or the list of a collapsed
 * group's events, over the timeline. Closing it leaves the timeline exactly where it was.
 */
final class DetailOverlay extends StackPane {

    private final Exhibit exhibit;
    private final Navigator navigator;
    private final TimelineModel model;
    private final StackPane cardHost = new StackPane();
    private final ImageLoader images;

    /** @param images decodes an event's image off the JavaFX thread */
    DetailOverlay(Exhibit exhibit, Navigator navigator, TimelineModel model, ImageLoader images) {
        this.exhibit = exhibit;
        this.images = images;
        this.navigator = navigator;
        this.model = model;
        getStyleClass().add("timeline-overlay");
        setId("timeline-overlay");
        Region scrim = new Region();
        scrim.getStyleClass().add("timeline-scrim");
        scrim.setId("timeline-scrim");
        scrim.setOnMouseClicked(e -> model.closeDetail());
        cardHost.setPickOnBounds(false);
        cardHost.getStyleClass().add("timeline-overlay-content");
        getChildren().addAll(scrim, cardHost);
        model.openEventProperty().addListener(o -> refresh());
        model.openGroupProperty().addListener(o -> refresh());
        refresh();
    }

    private void refresh() {
        Event event = model.openEventProperty().get();
        List<Event> group = model.openGroupProperty().get();
        setVisible(event != null || group != null);
        if (event != null) {
            cardHost.getChildren().setAll(detail(event));
        } else if (group != null) {
            cardHost.getChildren().setAll(groupList(group));
        } else {
            cardHost.getChildren().clear();
        }
    }

    private VBox card(String id, Node header, Node... content) {
        HBox.setHgrow(header, Priority.ALWAYS);
        HBox top = new HBox(header, CloseButtons.create("timeline-close", model::closeDetail));
        top.getStyleClass().add("detail-top");
        HBox foot = new HBox(CloseButtons.create("timeline-close-bottom", model::closeDetail));
        foot.getStyleClass().add("detail-foot");
        VBox card = new VBox(top);
        card.getChildren().addAll(content);
        card.getChildren().add(foot);
        card.getStyleClass().addAll("card", "detail-card");
        card.setId(id);
        card.setMaxHeight(Region.USE_PREF_SIZE);
        return card;
    }

    private Node phaseTag(String phaseId) {
        Phase phase = exhibit.phase(phaseId).orElseThrow();
        Label name = Texts.label(phase.name(), "detail-phase-name");
        HBox tag = new HBox(PhaseStyles.badge(phase), name);
        tag.getStyleClass().addAll("detail-phase", PhaseStyles.styleClass(phase));
        tag.setMaxWidth(Double.MAX_VALUE);
        return tag;
    }

    private Node detail(Event event) {
        Label date = Texts.label(event.shownDate(), "detail-date");
        date.setId("detail-date");
        Label title = Texts.label(event.title(), "detail-title");
        title.setId("detail-title");
        Label text = Texts.optional(event.text(), "body");
        text.setId("detail-text");
        // Not in a scroll pane: a wrapped label there is measured as one line until a later pulse, so the text
        // showed cut; the card grows with the text instead (the longest source text fits a 1080p screen).

        FlowPane links = new FlowPane();
        links.getStyleClass().add("detail-links");
        links.setId("detail-links");
        event.places().forEach(id -> exhibit.place(id).ifPresent(place ->
                linkChip(new Link.ToPlace(id), place.name(), "link-place-" + id).ifPresent(links.getChildren()::add)));
        event.people().forEach(id -> exhibit.person(id).ifPresent(person ->
                linkChip(new Link.ToPerson(id), person.name(), "link-person-" + id).ifPresent(links.getChildren()::add)));

        VBox card = card("event-detail", phaseTag(event.phase()), dated(date, event), title, text);
        if (event.media() != null) {
            card.getChildren().add(card.getChildren().size() - 1, new MediaFigure(event.media(), images));
        }
        if (!links.getChildren().isEmpty()) {
            card.getChildren().add(card.getChildren().size() - 1, links);
        }
        return card;
    }

    /**
     * The date, and where the transcription corrected it, a mark beside it that opens what the source says and why it
     * was changed: the visitor sees the right date and can check it against the source.
     */
    private static Node dated(Label date, Event event) {
        if (event.dateCorrection().isEmpty()) {
            return date;
        }
        Correction correction = event.dateCorrection().get();
        Label note = Texts.body(Messages.text("timeline.detail.date-correction", correction.source(),
                correction.reason()));
        note.setId("detail-date-correction");
        note.getStyleClass().add("detail-date-correction");
        note.managedProperty().bind(note.visibleProperty());
        note.setVisible(false);
        Button mark = new Button(Messages.text("timeline.detail.date-corrected"));
        mark.setId("detail-date-corrected");
        mark.getStyleClass().add("detail-date-corrected");
        mark.setOnAction(e -> note.setVisible(!note.isVisible()));
        HBox line = new HBox(date, mark);
        line.getStyleClass().add("detail-date-line");
        return new VBox(line, note);
    }

    /** A link is offered only where another screen of this exhibit can show it. */
    private Optional<Button> linkChip(Link link, String name, String id) {
        if (!navigator.canFollow(link)) {
            return Optional.empty();
        }
        Button chip = new Button(name);
        chip.setId(id);
        chip.getStyleClass().addAll("link-chip", link instanceof Link.ToPlace ? "place-chip" : "person-chip");
        chip.setOnAction(e -> navigator.follow(link));
        return Optional.of(chip);
    }

    private Node groupList(List<Event> group) {
        VBox items = new VBox();
        items.getStyleClass().add("group-items");
        for (Event event : group) {
            Label date = Texts.label(event.shownDate(), "group-item-date");
            Label title = Texts.label(event.title(), "group-item-title");
            VBox text = new VBox(date, title);
            HBox.setHgrow(text, Priority.ALWAYS);
            // A row rather than a Button with a graphic: a Button sizes wrapped text in its graphic badly.
            HBox item = new HBox(PhaseStyles.badge(exhibit.phase(event.phase()).orElseThrow()), text);
            item.setId("group-item-" + event.id());
            item.getStyleClass().add("group-item");
            item.setOnMouseClicked(e -> model.open(event));
            items.getChildren().add(item);
        }
        Label heading = Texts.label(group.size() + " events · " + EventCard.months(group, java.time.format.TextStyle.FULL), "detail-title");
        heading.setId("group-heading");
        ScrollingPage list = new ScrollingPage(items);
        list.prefViewportHeightProperty().bind(items.heightProperty());
        VBox.setVgrow(list, Priority.SOMETIMES);
        return card("group-detail", heading, list);
    }
}
