package org.zhanaozen.kiosk.map;

import java.util.List;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.zhanaozen.kiosk.content.Event;
import org.zhanaozen.kiosk.content.Exhibit;
import org.zhanaozen.kiosk.content.Person;
import org.zhanaozen.kiosk.content.Place;
import org.zhanaozen.kiosk.frame.Link;
import org.zhanaozen.kiosk.frame.Navigator;
import org.zhanaozen.kiosk.ui.CloseButtons;
import org.zhanaozen.kiosk.ui.Messages;
import org.zhanaozen.kiosk.ui.Texts;

/** The panel of the tapped place: what happened there, in story order, and who it concerns, each a way onwards. */
final class PlacePanel extends VBox {

    private final Exhibit exhibit;
    private final Navigator navigator;
    private final Label name = Texts.label("", "subheading", "place-panel-name");
    private final Label precision = Texts.label("", "muted", "place-panel-precision");
    private final VBox body = new VBox();
    private final ScrollPane scroller = new ScrollPane(body);
    private final DoubleProperty heightLimit = new SimpleDoubleProperty(Double.MAX_VALUE);

    PlacePanel(Exhibit exhibit, Navigator navigator, Runnable close) {
        this.exhibit = exhibit;
        this.navigator = navigator;
        setId("place-panel");
        getStyleClass().addAll("card", "place-panel");
        name.setMaxWidth(Double.MAX_VALUE);
        // The panel stands on the map's bottom edge: its Close goes at its foot, in reach, and the name above has
        // the whole width to wrap in.
        HBox footer = new HBox(CloseButtons.create("place-panel-close", close));
        footer.getStyleClass().add("place-panel-footer");
        body.getStyleClass().add("place-panel-body");
        scroller.setFitToWidth(true);
        scroller.setPannable(true);
        scroller.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        VBox.setVgrow(scroller, Priority.ALWAYS);
        // as tall as its content, up to the panel's maximum; then it scrolls
        scroller.prefViewportHeightProperty().bind(body.heightProperty());
        getChildren().addAll(name, precision, scroller, footer);
        setVisible(false);
        setManaged(false);
        heightLimit.addListener(o -> requestLayout());
    }

    /** The most the panel may take of the map's height; below that it is as tall as what it shows. */
    DoubleProperty heightLimitProperty() {
        return heightLimit;
    }

    @Override
    protected double computeMaxHeight(double width) {
        // the map's stack pane stretches a child to its maximum: the panel's is its content's height
        return Math.min(computePrefHeight(width), heightLimit.get());
    }

    /** Fills the panel for a place and shows it; null hides it. */
    void show(Place place) {
        boolean open = place != null;
        setVisible(open);
        setManaged(open);
        if (!open) {
            return;
        }
        name.setText(place.name());
        // an approximate point stands for a country or a region, not a spot in it
        // the content's own word on where the point comes from goes first: it says more than the kind
        String where = place.locationNote()
                .orElse(place.isExact() ? "" : Messages.text("map.panel.approximate", place.kind()));
        precision.setText(where);
        precision.setVisible(!where.isEmpty());
        precision.setManaged(!where.isEmpty());
        body.getChildren().clear();
        List<Event> events = exhibit.eventsAt(place.id());
        if (!events.isEmpty()) {
            body.getChildren().add(Texts.label(Messages.text("map.panel.events"), "place-panel-heading"));
            events.forEach(event -> body.getChildren().add(eventEntry(event)));
        }
        List<Event> involving = exhibit.eventsInvolving(place.id());
        if (!involving.isEmpty()) {
            body.getChildren().add(Texts.label(Messages.text("map.panel.involved"), "place-panel-heading"));
            involving.forEach(event -> body.getChildren().add(eventEntry(event)));
        }
        List<Person> people = exhibit.peopleAt(place.id());
        if (!people.isEmpty()) {
            body.getChildren().add(Texts.label(Messages.text("map.panel.people"), "place-panel-heading"));
            FlowPane chips = new FlowPane();
            chips.getStyleClass().add("place-panel-people");
            people.forEach(person -> chips.getChildren().add(personEntry(person)));
            body.getChildren().add(chips);
        }
        // a place with nothing to list shows its name alone, without an empty list under it
        boolean listed = !body.getChildren().isEmpty();
        scroller.setVisible(listed);
        scroller.setManaged(listed);
        scroller.setVvalue(0);
    }

    private Node eventEntry(Event event) {
        String text = event.shownDate() + " · " + event.title();
        Link link = new Link.ToEvent(event.id());
        Node entry = linkOrLabel(text, link);
        entry.setId("place-event-" + event.id());
        entry.getStyleClass().add("place-event");
        return entry;
    }

    private Node personEntry(Person person) {
        Node entry = linkOrLabel(person.name(), new Link.ToPerson(person.id()));
        entry.setId("place-person-" + person.id());
        entry.getStyleClass().add("place-person");
        return entry;
    }

    /** A button to the linked screen where one exists in this exhibit, else the same words as plain text. */
    private Node linkOrLabel(String text, Link link) {
        if (!navigator.canFollow(link)) {
            return Texts.label(text, "place-entry-text");
        }
        Button button = new Button(text);
        button.setWrapText(true);
        button.setMaxWidth(Double.MAX_VALUE);
        button.setMinHeight(Region.USE_PREF_SIZE);
        button.getStyleClass().add("link-chip");
        button.setOnAction(e -> navigator.follow(link));
        return button;
    }
}
