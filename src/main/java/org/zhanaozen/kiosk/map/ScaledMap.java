package org.zhanaozen.kiosk.map;

import java.util.Locale;
import javafx.scene.Scene;
import javafx.scene.layout.Region;
import javafx.scene.transform.Scale;
import org.zhanaozen.kiosk.ui.Theme;

/**
 * Shows the map as it is drawn on the reference screen (1080 px on its short side), scaled to this screen as a picture
 * is. The base map's labels are baked into its tiles: unscaled they were half the kiosk's text at 4K and crowded the
 * exhibit's labels at 720p. Scaled, tiles, markers and labels keep the proportions of the reference screen at every
 * size. Inside, the map's em is the reference body size; the scale makes it the screen's.
 */
final class ScaledMap extends Region {

    private final Region map;
    private final Scale scale = new Scale(1, 1, 0, 0);

    ScaledMap(Region map) {
        this.map = map;
        map.getTransforms().add(scale);
        map.setStyle(String.format(Locale.ROOT, "-fx-font-size: %.2fpx;", Theme.BODY_SIZE));
        getChildren().add(map);
    }

    /** How much the map is enlarged on this screen (1 on the reference screen, 2 at 4K). */
    double factor() {
        Scene scene = getScene();
        return scene == null || scene.getHeight() <= 0 ? 1
                : Theme.bodySize(scene.getWidth(), scene.getHeight()) / Theme.BODY_SIZE;
    }

    // The map has no size of its own: it takes the space it is given (its content, scaled, would ask for more).
    @Override
    protected double computePrefWidth(double height) {
        return 0;
    }

    @Override
    protected double computePrefHeight(double width) {
        return 0;
    }

    @Override
    protected void layoutChildren() {
        double factor = factor();
        scale.setX(factor);
        scale.setY(factor);
        map.resizeRelocate(0, 0, getWidth() / factor, getHeight() / factor);
    }
}
