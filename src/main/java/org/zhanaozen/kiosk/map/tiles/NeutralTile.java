package org.zhanaozen.kiosk.map.tiles;

import javafx.scene.image.Image;
import javafx.scene.image.PixelWriter;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The plain tile shown where the base map has no picture (no file, a missing tile, a zoom without detail).
 * An image rather than {@code null}: Gluon's tile view then paints the same calm colour everywhere,
 * whatever lies behind the map.
 */
public final class NeutralTile {

    /** A light warm grey, close to the base map's land colour, so markers stay the strongest thing on screen. */
    public static final Color COLOR = Color.rgb(0xE6, 0xE3, 0xDC);

    private static final Map<Integer, Image> BY_SIZE = new ConcurrentHashMap<>();

    private NeutralTile() {
    }

    /** A shared, uniformly coloured tile image {@code size} pixels square. */
    public static Image image(int size) {
        return BY_SIZE.computeIfAbsent(size, NeutralTile::paint);
    }

    private static Image paint(int size) {
        WritableImage image = new WritableImage(size, size);
        PixelWriter writer = image.getPixelWriter();
        for (int y = 0; y < size; y++) {
            for (int x = 0; x < size; x++) {
                writer.setColor(x, y, COLOR);
            }
        }
        return image;
    }
}
