package org.zhanaozen.kiosk.ui;

import java.util.List;
import javafx.scene.Node;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;

/**
 * Items in equal columns, row by row: more columns on a landscape screen, fewer on a portrait one (1080×1920
 * kiosks), so text keeps a readable line length on both. Orientation follows the scene.
 */
public final class ResponsiveGrid extends GridPane {

    private final List<Node> items;
    private final int landscapeColumns;
    private final int portraitColumns;
    private int columns;

    public ResponsiveGrid(int landscapeColumns, int portraitColumns, List<? extends Node> items) {
        this.items = List.copyOf(items);
        this.landscapeColumns = landscapeColumns;
        this.portraitColumns = portraitColumns;
        getStyleClass().add("responsive-grid");
        // One listener, moved from scene to scene: views are re-attached on every visit and must not pile them up.
        javafx.beans.InvalidationListener rearrange = o -> arrange();
        sceneProperty().addListener((obs, old, scene) -> {
            if (old != null) {
                old.widthProperty().removeListener(rearrange);
                old.heightProperty().removeListener(rearrange);
            }
            if (scene != null) {
                scene.widthProperty().addListener(rearrange);
                scene.heightProperty().addListener(rearrange);
                arrange();
            }
        });
        arrange();
    }

    /** Side-by-side columns in landscape, stacked in portrait. */
    public static ResponsiveGrid columns(Node... columns) {
        return new ResponsiveGrid(columns.length, 1, List.of(columns));
    }

    private void arrange() {
        boolean landscape = getScene() == null || getScene().getWidth() >= getScene().getHeight();
        int wanted = landscape ? landscapeColumns : portraitColumns;
        if (wanted == columns) {
            return;
        }
        columns = wanted;
        getChildren().clear();
        getColumnConstraints().clear();
        for (int i = 0; i < items.size(); i++) {
            add(items.get(i), i % columns, i / columns);
        }
        for (int c = 0; c < columns; c++) {
            ColumnConstraints constraints = new ColumnConstraints();
            constraints.setPercentWidth(100.0 / columns);
            constraints.setHgrow(Priority.ALWAYS);
            getColumnConstraints().add(constraints);
        }
    }
}
