package org.zhanaozen.kiosk.home;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.zhanaozen.kiosk.content.ExhibitInfo;
import org.zhanaozen.kiosk.content.KeyFigure;
import org.zhanaozen.kiosk.content.ScreenId;
import org.zhanaozen.kiosk.frame.Navigator;
import org.zhanaozen.kiosk.frame.Screen;
import org.zhanaozen.kiosk.ui.KeyFigureTile;
import org.zhanaozen.kiosk.ui.ResponsiveGrid;
import org.zhanaozen.kiosk.ui.ScreenNames;
import org.zhanaozen.kiosk.ui.ScrollingPage;
import org.zhanaozen.kiosk.ui.Texts;

/** The welcome screen: the name and what it means, the story's opening, the key figures, and a way into every section. */
public final class HomeScreen implements Screen {

    private final ExhibitInfo info;
    private final Navigator navigator;
    private ScrollingPage page;

    /** The view is built when first shown, so its ways in list every screen registered after home. */
    public HomeScreen(ExhibitInfo info, Navigator navigator) {
        this.info = info;
        this.navigator = navigator;
    }

    private ScrollingPage build() {
        Label title = Texts.label(info.title(), "home-title");
        title.setId("home-title");
        Label meaning = Texts.optional(info.nameMeaning(), "home-meaning");
        meaning.setId("home-meaning");
        VBox story = new VBox(title, meaning);
        story.getStyleClass().add("home-story");
        // The opening sentence draws a visitor in; the whole introduction is told where the story is placed.
        info.introduction().stream().findFirst().ifPresent(lede -> story.getChildren().add(Texts.label(lede, "home-lede")));

        VBox content = new VBox(ResponsiveGrid.columns(story, keyFigures(info)), waysIn(info, navigator));
        content.getStyleClass().add("home-content");
        ScrollingPage built = ScrollingPage.forScreen(ScreenId.HOME.id(), content);
        return built;
    }

    private static Node keyFigures(ExhibitInfo info) {
        List<Node> figures = new ArrayList<>();
        for (KeyFigure figure : info.keyFigures()) {
            VBox tile = KeyFigureTile.create(figure, "key-figure");
            tile.setMaxHeight(Double.MAX_VALUE);
            figures.add(tile);
        }
        ResponsiveGrid grid = new ResponsiveGrid(3, 3, figures);
        grid.setId("key-figures");
        grid.getStyleClass().add("key-figures");
        return grid;
    }

    /** One large button per section other than home, in navigation order. */
    private static Node waysIn(ExhibitInfo info, Navigator navigator) {
        List<Node> buttons = new ArrayList<>();
        navigator.screens().stream().skip(1).forEach(screen -> {
            Label name = new Label(screen.title());
            name.getStyleClass().add("way-in-title");
            // Not wrapped: a button does not pass a wrapping label's height-for-width on, so it would grow tall.
            VBox words = new VBox(name);
            info.sectionSummary(screen.id()).ifPresent(text -> {
                Label summary = new Label(text);
                summary.getStyleClass().add("way-in-summary");
                words.getChildren().add(summary);
            });
            Button button = new Button(null, words);
            button.setId("way-in-" + screen.id());
            button.getStyleClass().add("way-in");
            button.setMaxWidth(Double.MAX_VALUE);
            button.setOnAction(e -> navigator.go(screen));
            buttons.add(button);
        });
        ResponsiveGrid grid = new ResponsiveGrid(3, 2, buttons);
        grid.setId("ways-in");
        grid.getStyleClass().add("ways-in");
        return grid;
    }

    @Override
    public String id() {
        return ScreenId.HOME.id();
    }

    @Override
    public String title() {
        return ScreenNames.of(ScreenId.HOME);
    }


    @Override
    public Node view() {
        if (page == null) {
            page = build();
        }
        return page;
    }

    @Override
    public void reset() {
        if (page != null) {
            page.scrollToTop();
        }
    }
}
