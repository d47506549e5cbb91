package org.zhanaozen.kiosk.people;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.zhanaozen.kiosk.content.ExhibitInfo;
import org.zhanaozen.kiosk.content.Person;
import org.zhanaozen.kiosk.ui.ImageLoader;
import org.zhanaozen.kiosk.ui.ResponsiveGrid;
import org.zhanaozen.kiosk.ui.ScrollingPage;
import org.zhanaozen.kiosk.ui.Texts;

/** The source's words on the victims around a card for each of them: face, name, role and what became of them. */
final class VictimsView {

    private final ScrollingPage page;
    private final Map<Person, VBox> cards = new LinkedHashMap<>();

    VictimsView(ExhibitInfo info, PeopleModel model, ImageLoader portraits) {
        Label intro = Texts.optional(info.victimsIntro(), "victims-intro");
        intro.setId("victims-intro");
        model.victims().forEach(victim -> cards.put(victim, card(victim, model, portraits)));
        Label closing = Texts.optional(info.victimsClosing(), "victims-closing");
        closing.setId("victims-closing");
        closing.setMaxHeight(Double.MAX_VALUE);
        // Seven cards leave the last cell of the grid free in both orientations: the source's closing line fills it.
        List<Node> cells = new ArrayList<>(cards.values());
        cells.add(closing);
        ResponsiveGrid grid = new ResponsiveGrid(4, 2, cells);
        grid.setId("victim-cards");
        grid.getStyleClass().add("victim-cards");
        VBox content = new VBox(intro, grid);
        content.getStyleClass().add("victims-content");
        page = new ScrollingPage(content);
        page.setId("victims-view");
        page.getStyleClass().add("victims-view");
    }

    private static VBox card(Person victim, PeopleModel model, ImageLoader portraits) {
        PortraitView portrait = new PortraitView(victim, portraits);
        VBox portraitColumn = new VBox(portrait);
        portraitColumn.getStyleClass().add("card-portrait-column");
        if (victim.portraitCredit() != null) {
            portraitColumn.getChildren().add(Texts.label(victim.portraitCredit(), "portrait-credit"));
        }
        Label name = Texts.label(victim.name(), "person-name");
        Label role = Texts.label(victim.role(), "person-role");
        VBox who = new VBox(name, role);
        who.getStyleClass().add("card-who");
        HBox.setHgrow(who, Priority.ALWAYS);
        HBox top = new HBox(portraitColumn, who);
        top.getStyleClass().add("card-top");
        Label outcome = Texts.label(victim.outcome(), "person-outcome");
        VBox card = new VBox(top, outcome);
        card.setId("person-card-" + victim.id());
        card.getStyleClass().add("person-card");
        card.setMaxWidth(Double.MAX_VALUE);
        card.setMaxHeight(Double.MAX_VALUE);
        // A tap opens the card; a drag that scrolls the page does not. Enter or space for a keyboard.
        card.setFocusTraversable(true);
        card.setOnMouseClicked(e -> {
            if (e.isStillSincePress()) {
                model.open(victim);
            }
        });
        card.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER || e.getCode() == KeyCode.SPACE) {
                model.open(victim);
                e.consume();
            }
        });
        return card;
    }

    ScrollingPage page() {
        return page;
    }

    /** The card of a victim, to return focus to when their open card closes. */
    Node cardOf(Person victim) {
        return cards.get(victim);
    }
}
