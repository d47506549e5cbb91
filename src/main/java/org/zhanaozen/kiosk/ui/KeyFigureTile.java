package org.zhanaozen.kiosk.ui;

import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.zhanaozen.kiosk.content.KeyFigure;

/** One of the exhibit's headline numbers as a tile: the number, never wrapped, over its label. */
public final class KeyFigureTile {

    private KeyFigureTile() {
    }

    /**
     * @param styleClass the tile's style class, e.g. "key-figure"; the number and label get
     *                   {@code <styleClass>-value} and {@code <styleClass>-label}, the tile the id {@code <styleClass>-<figure id>}
     */
    public static VBox create(KeyFigure figure, String styleClass) {
        Label value = new Label(figure.value());
        value.getStyleClass().add(styleClass + "-value");
        value.setMinWidth(Label.USE_PREF_SIZE);
        VBox tile = new VBox(value, Texts.label(figure.label(), styleClass + "-label"));
        tile.getStyleClass().add(styleClass);
        tile.setId(styleClass + "-" + figure.id());
        return tile;
    }
}
