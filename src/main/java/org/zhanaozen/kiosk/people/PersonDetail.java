package org.zhanaozen.kiosk.people;

import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.zhanaozen.kiosk.content.Event;
import org.zhanaozen.kiosk.content.Exhibit;
import org.zhanaozen.kiosk.content.Person;
import org.zhanaozen.kiosk.content.Place;
import org.zhanaozen.kiosk.frame.Link;
import org.zhanaozen.kiosk.frame.Navigator;
import org.zhanaozen.kiosk.ui.CloseButtons;
import org.zhanaozen.kiosk.ui.ImageLoader;
import org.zhanaozen.kiosk.ui.Messages;
import org.zhanaozen.kiosk.ui.ScrollingPage;
import org.zhanaozen.kiosk.ui.Texts;

/**
 * One victim's whole story over the grid: portrait, name, role, story, and the events and places that concern
 * them, linked where another screen can show them. A horizontal swipe, the arrow keys (and a presenter's clicker,
 * which sends page up/down) or the buttons move to the next or previous victim.
 */
final class PersonDetail {

    /** A drag counts as a swipe once it covers this share of the card's width, mostly sideways. */
    private static final double SWIPE_SHARE = 0.1;

    private final Exhibit exhibit;
    private final Navigator navigator;
    private final PeopleModel model;
    private final ImageLoader portraits;
    private final StackPane overlay = new StackPane();
    private final BorderPane card = new BorderPane();
    private final ScrollingPage story = new ScrollingPage(new VBox());
    private final Label position = new Label();
    private double pressX;
    private double pressY;

    PersonDetail(Exhibit exhibit, Navigator navigator, PeopleModel model, ImageLoader portraits) {
        this.exhibit = exhibit;
        this.navigator = navigator;
        this.model = model;
        this.portraits = portraits;

        HBox top = new HBox(CloseButtons.create("person-close", model::close));
        top.getStyleClass().add("person-detail-top");
        Button previous = button(Messages.text("people.previous"), "person-previous", model::previous);
        Button next = button(Messages.text("people.next"), "person-next", model::next);
        position.setId("person-position");
        position.getStyleClass().add("person-position");
        position.setMinWidth(Region.USE_PREF_SIZE);
        Region leftGap = new Region();
        Region rightGap = new Region();
        HBox.setHgrow(leftGap, Priority.ALWAYS);
        HBox.setHgrow(rightGap, Priority.ALWAYS);
        Button closeAtFoot = CloseButtons.create("person-close-bottom", model::close);
        HBox steps = new HBox(previous, leftGap, position, rightGap, closeAtFoot, next);
        steps.getStyleClass().add("person-steps");

        story.getStyleClass().add("person-detail-scroll");
        card.setTop(top);
        card.setCenter(story);
        card.setBottom(steps);
        card.setId("person-detail");
        card.getStyleClass().add("person-detail");
        card.setMaxHeight(Region.USE_PREF_SIZE);
        card.addEventFilter(KeyEvent.KEY_PRESSED, this::onKey);
        card.addEventFilter(MouseEvent.MOUSE_PRESSED, e -> {
            pressX = e.getSceneX();
            pressY = e.getSceneY();
        });
        card.addEventFilter(MouseEvent.MOUSE_RELEASED, this::onRelease);

        overlay.getChildren().add(card);
        overlay.setId("person-detail-overlay");
        overlay.getStyleClass().add("person-detail-overlay");
        // A tap on the dimmed grid around the card closes it, as a visitor expects.
        overlay.setOnMouseClicked(e -> {
            if (e.getTarget() == overlay) {
                model.close();
            }
        });
        overlay.setVisible(false);
        model.selectedProperty().addListener((obs, old, person) -> show(person));
    }

    private static Button button(String text, String id, Runnable action) {
        Button button = new Button(text);
        button.setId(id);
        button.getStyleClass().add("person-step");
        button.setMinWidth(Region.USE_PREF_SIZE);
        button.setOnAction(e -> action.run());
        return button;
    }

    Node view() {
        return overlay;
    }

    private void show(Person person) {
        overlay.setVisible(person != null);
        if (person == null) {
            return;
        }
        story.setContent(content(person));
        story.scrollToTop();
        position.setText(Messages.text("people.position", String.valueOf(model.position() + 1),
                String.valueOf(model.victims().size())));
        card.requestFocus();
    }

    private Node content(Person person) {
        PortraitView portrait = new PortraitView(person, portraits);
        portrait.getStyleClass().add("detail-portrait");
        VBox portraitColumn = new VBox(portrait);
        portraitColumn.getStyleClass().add("detail-portrait-column");
        if (person.portraitCredit() != null) {
            Label credit = Texts.label(person.portraitCredit(), "portrait-credit");
            credit.setId("person-portrait-credit");
            portraitColumn.getChildren().add(credit);
        }

        Label name = Texts.label(person.name(), "heading", "person-detail-name");
        name.setId("person-detail-name");
        Label role = Texts.label(person.role(), "person-detail-role");
        role.setId("person-detail-role");
        Label told = Texts.label(person.storyAfterRole(), "person-story");
        told.setId("person-story");
        VBox text = new VBox(name, role, told);
        text.getStyleClass().add("person-detail-text");

        List<Event> events = exhibit.eventsAbout(person.id());
        if (!events.isEmpty()) {
            text.getChildren().add(section(Messages.text("people.detail.events"), "person-events",
                    events.stream().map(this::eventEntry).toList()));
        }
        List<Place> places = exhibit.placesOf(person.id());
        if (!places.isEmpty()) {
            text.getChildren().add(section(Messages.text("people.detail.places"), "person-places",
                    places.stream().map(this::placeEntry).toList()));
        }
        // Side by side where the card is wide enough, the portrait above the story where it is not (portrait screens).
        FlowPane layout = new FlowPane(portraitColumn, text);
        layout.getStyleClass().add("person-detail-layout");
        return layout;
    }

    private static Node section(String title, String id, List<Node> entries) {
        Label heading = Texts.label(title, "subheading", "person-section-title");
        VBox links = new VBox(entries.toArray(Node[]::new));
        links.getStyleClass().add("person-links");
        VBox section = new VBox(heading, links);
        section.setId(id);
        section.getStyleClass().add("person-section");
        return section;
    }

    private Node eventEntry(Event event) {
        return entry(event.shownDate() + " — " + event.title(), new Link.ToEvent(event.id()), "event-link-" + event.id());
    }

    private Node placeEntry(Place place) {
        return entry(place.name(), new Link.ToPlace(place.id()), "place-link-" + place.id());
    }

    /** A link where a screen can show its target; plain text where none can (that screen is not in this exhibit). */
    private Node entry(String text, Link link, String id) {
        if (navigator.canFollow(link)) {
            Button button = new Button(text);
            button.setWrapText(true);
            button.setMinHeight(Region.USE_PREF_SIZE);
            button.getStyleClass().addAll("link-chip", "person-link");
            button.setId(id);
            button.setOnAction(e -> navigator.follow(link));
            return button;
        }
        Label label = Texts.label(text, "person-link-text");
        label.setId(id);
        return label;
    }

    private void onKey(KeyEvent key) {
        KeyCode code = key.getCode();
        if (code == KeyCode.RIGHT || code == KeyCode.PAGE_DOWN) {
            model.next();
        } else if (code == KeyCode.LEFT || code == KeyCode.PAGE_UP) {
            model.previous();
        } else if (code == KeyCode.ESCAPE) {
            model.close();
        } else {
            return;
        }
        key.consume();
    }

    private void onRelease(MouseEvent release) {
        double dx = release.getSceneX() - pressX;
        double dy = release.getSceneY() - pressY;
        if (Math.abs(dx) < card.getWidth() * SWIPE_SHARE || Math.abs(dx) < 2 * Math.abs(dy)) {
            return;
        }
        // A swipe is not also a tap on whatever it ended on.
        release.consume();
        if (dx < 0) {
            model.next();
        } else {
            model.previous();
        }
    }
}
