package org.zhanaozen.kiosk.map;

import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import org.zhanaozen.kiosk.content.ExhibitInfo;
import org.zhanaozen.kiosk.ui.KeyFigureTile;
import org.zhanaozen.kiosk.ui.ScrollingPage;
import org.zhanaozen.kiosk.ui.Texts;

/** Beside the map: the town's name, what it means, the whole introduction and the key figures; it scrolls. */
final class IntroPanel {

    private IntroPanel() {
    }

    static ScrollingPage create(ExhibitInfo info) {
        ScrollingPage page = new ScrollingPage(content(info));
        page.setId("map-intro");
        page.getStyleClass().add("map-intro");
        return page;
    }

    private static VBox content(ExhibitInfo info) {
        VBox box = new VBox(Texts.heading(info.title()), Texts.optional(info.nameMeaning(), "body", "muted"));
        info.introduction().forEach(paragraph -> box.getChildren().add(Texts.body(paragraph)));
        FlowPane figures = new FlowPane();
        figures.setId("map-key-figures");
        figures.getStyleClass().add("map-key-figures");
        info.keyFigures().forEach(figure -> figures.getChildren().add(KeyFigureTile.create(figure, "map-key-figure")));
        box.getChildren().add(figures);
        box.getStyleClass().add("map-intro-content");
        return box;
    }
}
