package org.zhanaozen.kiosk.people;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.HPos;
import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.zhanaozen.kiosk.content.AccusationPair;
import org.zhanaozen.kiosk.content.Accusations;
import org.zhanaozen.kiosk.content.Person;
import org.zhanaozen.kiosk.ui.Messages;
import org.zhanaozen.kiosk.ui.ScrollingPage;
import org.zhanaozen.kiosk.ui.Texts;

/**
 * "Accused of / Reality" as the source sets it out: the three accused named together, then the six charges, each
 * struck through beside what was really done. Both sides are always visible, so a visitor who touches nothing still
 * sees the contrast. The source ties no charge to one person, so neither does this view.
 */
final class AccusedView {

    /** The column widths of a pair, in percent: the charge, the arrow between, the reality. */
    private static final double[] PAIR_COLUMNS = {46, 8, 46};

    private final ScrollingPage page;

    AccusedView(List<Person> accused, Accusations accusations, PeopleModel model) {
        Label heading = Texts.label(accusations.heading(), "heading", "accusations-heading");
        heading.setId("accusations-heading");
        // The source names the three together under its heading; on a wide screen they share its line.
        FlowPane names = new FlowPane(heading);
        names.setId("accused-names");
        names.getStyleClass().add("accused-names");
        accused.forEach(person -> names.getChildren().add(name(person, model)));

        List<Node> rows = new ArrayList<>();
        rows.add(pair(Texts.label(Messages.text("people.accused-of"), "accused-of-title"), Texts.label(Messages.text("people.reality"), "reality-title"),
                "accusation-titles", null));
        for (int i = 0; i < accusations.pairs().size(); i++) {
            AccusationPair pair = accusations.pairs().get(i);
            Label charge = Texts.label(pair.accusedOf(), "accused-of");
            Label reality = Texts.label(pair.reality(), "reality");
            Label arrow = new Label("→");
            arrow.getStyleClass().add("accusation-arrow");
            GridPane row = pair(charge, reality, "accusation-pair", arrow);
            row.setId("accusation-pair-" + (i + 1));
            rows.add(row);
        }
        VBox pairs = new VBox(rows.toArray(Node[]::new));
        pairs.getStyleClass().add("accusation-pairs");
        VBox content = new VBox(names, pairs);
        content.getStyleClass().add("accused-content");
        page = new ScrollingPage(content);
        page.setId("accused-view");
        page.getStyleClass().add("accused-view");
    }

    /**
     * A victim's name opens their card, and looks like the kiosk's other links (a chip with an arrow); the others have
     * no card to open, so they are plain names: nothing here looks like a button and does nothing.
     */
    private static Node name(Person person, PeopleModel model) {
        if (model.victims().contains(person)) {
            Button button = new Button(person.name(), Texts.label(Messages.text("people.opensCard"), "opens-card"));
            button.setContentDisplay(ContentDisplay.RIGHT);
            button.getStyleClass().addAll("accused-name", "link-chip");
            button.setId("accused-" + person.id());
            button.setOnAction(e -> model.open(person));
            return button;
        }
        Label label = new Label(person.name());
        label.getStyleClass().add("accused-name");
        label.setId("accused-" + person.id());
        return label;
    }

    private static GridPane pair(Label charge, Label reality, String styleClass, Label arrow) {
        GridPane row = new GridPane();
        row.getStyleClass().add(styleClass);
        for (double percent : PAIR_COLUMNS) {
            ColumnConstraints column = new ColumnConstraints();
            column.setPercentWidth(percent);
            column.setHgrow(Priority.ALWAYS);
            row.getColumnConstraints().add(column);
        }
        charge.setMaxWidth(Double.MAX_VALUE);
        reality.setMaxWidth(Double.MAX_VALUE);
        GridPane.setValignment(charge, VPos.CENTER);
        GridPane.setValignment(reality, VPos.CENTER);
        row.add(charge, 0, 0);
        if (arrow != null) {
            GridPane.setHalignment(arrow, HPos.CENTER);
            row.add(arrow, 1, 0);
        }
        row.add(reality, 2, 0);
        return row;
    }

    ScrollingPage page() {
        return page;
    }
}
