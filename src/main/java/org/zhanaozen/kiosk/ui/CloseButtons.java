package org.zhanaozen.kiosk.ui;

import javafx.scene.control.Button;
import javafx.scene.layout.Region;

/**
 * The Close of a card or panel. A card has one at its top, where a standing visitor looks, and one at its bottom,
 * within reach of a seated visitor or a child: both say the same and do the same.
 */
public final class CloseButtons {

    private CloseButtons() {
    }

    /** A Close button with the given id; it keeps its whole width however long the text beside it. */
    public static Button create(String id, Runnable close) {
        Button button = new Button(Messages.text("dialog.close"));
        button.setId(id);
        button.getStyleClass().add("dialog-close");
        button.setMinWidth(Region.USE_PREF_SIZE);
        button.setOnAction(e -> close.run());
        return button;
    }
}
