package org.zhanaozen.kiosk.frame;

import java.util.Optional;
import javafx.beans.value.ChangeListener;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;
import org.zhanaozen.kiosk.ui.Theme;

/**
 * The exhibit's layout: the current screen above the navigation bar, and a layer over both for overlays
 * (the idle warning, the attract state, the staff menu). Screens' views are built once and swapped, so each keeps
 * its state. The exhibit can be replaced whole (a content reload) or by the staff-facing list of content problems;
 * the overlays stay.
 */
public final class KioskFrame {

    private final StackPane screenHost = new StackPane();
    private final BorderPane layout = new BorderPane(screenHost);
    private final StackPane body = new StackPane();
    private final StackPane overlays = new StackPane();
    private final StackPane root;
    private final ChangeListener<Screen> showCurrent = (obs, old, now) -> showScreen(now);
    private Navigator navigator;

    /** An empty frame, for {@link #show(Navigator)} or {@link #showProblems(Parent)}. */
    public KioskFrame() {
        screenHost.setId("screen-host");
        overlays.setPickOnBounds(false);
        overlays.setId("overlays");
        root = new StackPane(body, overlays);
        root.getStyleClass().add("kiosk-frame");
        root.getStylesheets().add(Theme.stylesheet("frame/frame.css"));
    }

    public KioskFrame(Navigator navigator) {
        this();
        show(navigator);
    }

    /** Shows these screens, replacing whatever the frame showed. */
    public void show(Navigator screens) {
        detach();
        navigator = screens;
        layout.setBottom(new NavigationBar(screens));
        showScreen(screens.current());
        screens.currentProperty().addListener(showCurrent);
        body.getChildren().setAll(layout);
    }

    /** Shows a staff-facing screen of content problems instead of the exhibit. */
    public void showProblems(Parent problems) {
        detach();
        navigator = null;
        body.getChildren().setAll(problems);
    }

    private void detach() {
        if (navigator != null) {
            navigator.currentProperty().removeListener(showCurrent);
        }
    }

    private void showScreen(Screen screen) {
        Node view = screen.view();
        screenHost.getChildren().setAll(view);
    }

    /** The screens shown, unless the frame shows content problems. */
    /**
     * Lays every screen other than the current one out once, hidden, then takes it away again: classes load, styles
     * resolve and map tiles are read now, while the welcome screen shows, rather than on the first visitor's first
     * tap. Must run on the JavaFX thread once the frame is in its scene.
     */
    public void warmUpScreens() {
        if (navigator == null || root.getScene() == null) {
            return;
        }
        for (Screen screen : navigator.screens()) {
            Node view = screen.view();
            if (screen == navigator.current() || view.getScene() != null) {
                continue;
            }
            // In the real scene, hidden, for one layout: the styles it resolves are the ones the visit will use.
            view.setVisible(false);
            screenHost.getChildren().add(view);
            screenHost.applyCss();
            screenHost.layout();
            screenHost.getChildren().remove(view);
            view.setVisible(true);
        }
    }

    public Optional<Navigator> navigator() {
        return Optional.ofNullable(navigator);
    }

    public Parent root() {
        return root;
    }

    /** The layer above the screens and the navigation, for overlays; empty and click-through when unused. */
    public StackPane overlays() {
        return overlays;
    }
}
