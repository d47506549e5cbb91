package org.zhanaozen.kiosk.ui;

import javafx.scene.control.Label;

/** Labels for the exhibit's texts: always wrapped, never cut with an ellipsis. */
public final class Texts {

    private Texts() {
    }

    public static Label label(String text, String... styleClasses) {
        Label label = new Label(text);
        label.setWrapText(true);
        label.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        label.getStyleClass().addAll(styleClasses);
        return label;
    }

    public static Label heading(String text) {
        return label(text, "heading");
    }

    public static Label body(String text) {
        return label(text, "body");
    }
}
