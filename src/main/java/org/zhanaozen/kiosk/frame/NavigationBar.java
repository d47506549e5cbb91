package org.zhanaozen.kiosk.frame;

import javafx.css.PseudoClass;
import javafx.scene.control.Button;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;

/** The always-visible row of sections; the current one is marked. One tap on the first button goes home. */
final class NavigationBar extends HBox {

    static final PseudoClass CURRENT = PseudoClass.getPseudoClass("current");

    NavigationBar(Navigator navigator) {
        getStyleClass().add("navigation-bar");
        setId("navigation-bar");
        for (Screen screen : navigator.screens()) {
            Button button = new Button(screen.title());
            button.setId("nav-" + screen.id());
            button.setMaxWidth(Double.MAX_VALUE);
            HBox.setHgrow(button, Priority.ALWAYS);
            button.setOnAction(e -> navigator.go(screen));
            button.pseudoClassStateChanged(CURRENT, navigator.current() == screen);
            navigator.currentProperty().addListener((obs, old, now) ->
                    button.pseudoClassStateChanged(CURRENT, now == screen));
            getChildren().add(button);
        }
    }
}
