package org.zhanaozen.kiosk.frame;

import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;

/**
 * The exhibit's layout: the current screen above the navigation bar, and a layer over both for overlays
 * (the idle warning, the staff menu). Screens' views are built once and swapped, so each keeps its state.
 */
public final class KioskFrame {

    private final StackPane screenHost = new StackPane();
    private final StackPane overlays = new StackPane();
    private final StackPane root;

    public KioskFrame(Navigator navigator) {
        screenHost.setId("screen-host");
        BorderPane layout = new BorderPane(screenHost);
        layout.setBottom(new NavigationBar(navigator));
        overlays.setPickOnBounds(false);
        root = new StackPane(layout, overlays);
        root.getStyleClass().add("kiosk-frame");
        show(navigator.current());
        navigator.currentProperty().addListener((obs, old, now) -> show(now));
    }

    private void show(Screen screen) {
        Node view = screen.view();
        screenHost.getChildren().setAll(view);
    }

    public Parent root() {
        return root;
    }

    /** The layer above the screens and the navigation, for overlays; empty and click-through when unused. */
    public StackPane overlays() {
        return overlays;
    }
}
