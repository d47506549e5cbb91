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

    /** A label for a text the content may leave out (null): then it takes no room and shows nothing. */
    public static Label optional(String text, String... styleClasses) {
        Label label = label(text, styleClasses);
        label.setVisible(text != null);
        label.setManaged(text != null);
        return label;
    }

    public static Label heading(String text) {
        return label(text, "heading");
    }

    public static Label body(String text) {
        return label(text, "body");
    }
}
