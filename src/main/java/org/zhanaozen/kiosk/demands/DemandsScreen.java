package org.zhanaozen.kiosk.demands;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.zhanaozen.kiosk.content.Demand;
import org.zhanaozen.kiosk.content.DemandList;
import org.zhanaozen.kiosk.content.Demands;
import org.zhanaozen.kiosk.content.ScreenId;
import org.zhanaozen.kiosk.frame.Screen;
import org.zhanaozen.kiosk.ui.ResponsiveGrid;
import org.zhanaozen.kiosk.ui.ScreenNames;
import org.zhanaozen.kiosk.ui.ScrollingPage;
import org.zhanaozen.kiosk.ui.Texts;

/** The strikers' and civil society's demands, in the source's two lists and its numbering. */
public final class DemandsScreen implements Screen {

    private final ScrollingPage page;

    public DemandsScreen(Demands demands) {
        VBox content = new VBox(Texts.heading("The demands"));
        demands.lists().forEach(list -> content.getChildren().add(list(list)));
        content.getStyleClass().add("demands-content");
        page = ScrollingPage.forScreen(ScreenId.DEMANDS.id(), content);
    }

    private static Node list(DemandList list) {
        Label title = Texts.label(list.title(), "subheading", "demand-list-title");
        List<Node> rows = new ArrayList<>();
        for (Demand demand : list.demands()) {
            Label number = Texts.label("#" + demand.number(), "demand-number");
            number.setMinWidth(Label.USE_PREF_SIZE);
            Label text = Texts.body(demand.text());
            text.getStyleClass().add("demand-text");
            text.setMaxWidth(Double.MAX_VALUE);
            HBox.setHgrow(text, Priority.ALWAYS);
            HBox row = new HBox(number, text);
            row.getStyleClass().add("demand");
            row.setId("demand-" + demand.number());
            rows.add(row);
        }
        // Two columns in landscape keep the ten demands of the first list on one screen at 1080p.
        VBox box = new VBox(title, new ResponsiveGrid(2, 1, rows));
        box.setId("demand-list-" + list.id());
        box.getStyleClass().add("demand-list");
        return box;
    }

    @Override
    public String id() {
        return ScreenId.DEMANDS.id();
    }

    @Override
    public String title() {
        return ScreenNames.of(ScreenId.DEMANDS);
    }


    @Override
    public Node view() {
        return page;
    }

    @Override
    public void reset() {
        page.scrollToTop();
    }
}
