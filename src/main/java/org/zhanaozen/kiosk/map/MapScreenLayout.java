package org.zhanaozen.kiosk.map;

import javafx.css.PseudoClass;
import javafx.scene.layout.Region;

/**
 * The map beside the introduction on a landscape screen, below it on a portrait one: the map's buttons sit at its
 * bottom, and on a tall screen only its lower part is within reach of a seated visitor. The stylesheet sees the
 * orientation as {@code :portrait} (it sets the gap between the two).
 */
final class MapScreenLayout extends Region {

    private static final PseudoClass PORTRAIT = PseudoClass.getPseudoClass("portrait");
    /** Share of a landscape screen's width for the introduction, and of a portrait screen's height. */
    private static final double LANDSCAPE_INTRO_SHARE = 0.3;
    private static final double PORTRAIT_INTRO_SHARE = 0.36;

    private final Region map;
    private final Region intro;

    MapScreenLayout(Region map, Region intro) {
        this.map = map;
        this.intro = intro;
        getChildren().addAll(map, intro);
    }

    @Override
    protected void layoutChildren() {
        double x = snappedLeftInset();
        double y = snappedTopInset();
        double w = getWidth() - x - snappedRightInset();
        double h = getHeight() - y - snappedBottomInset();
        boolean portrait = w < h;
        pseudoClassStateChanged(PORTRAIT, portrait);
        if (portrait) {
            double introHeight = snapSizeY(h * PORTRAIT_INTRO_SHARE);
            intro.resizeRelocate(x, y, w, introHeight);
            map.resizeRelocate(x, y + introHeight, w, h - introHeight);
        } else {
            double introWidth = snapSizeX(w * LANDSCAPE_INTRO_SHARE);
            map.resizeRelocate(x, y, w - introWidth, h);
            intro.resizeRelocate(x + w - introWidth, y, introWidth, h);
        }
    }
}
