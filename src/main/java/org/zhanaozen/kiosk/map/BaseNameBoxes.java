package org.zhanaozen.kiosk.map;

import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import org.zhanaozen.kiosk.map.tiles.BaseMapNames;
import org.zhanaozen.kiosk.map.tiles.GeoBounds;
import org.zhanaozen.kiosk.map.tiles.TileSource;
import org.zhanaozen.kiosk.map.tiles.TilesetInfo;

/** The base map's names on screen, in the place layer's coordinates: the exhibit's labels keep off them. */
final class BaseNameBoxes {

    /**
     * A name drawn in the tiles.
     *
     * @param name  as the tileset has it
     * @param box   its text, dot and margin
     * @param point the town it names, drawn as a dot; empty for an area's name
     */
    record Box(BaseMapNames.Name name, Bounds box, Optional<Point2D> point) {
    }

    private final BaseMapNames names;
    private final Optional<TilesetInfo> tileset;

    BaseNameBoxes(TileSource source) {
        this.names = source.names();
        this.tileset = source.info();
    }

    /**
     * The names shown in a view.
     *
     * @param toLayer where a latitude and longitude are drawn
     */
    List<Box> shownIn(GeoBounds view, double zoom, BiFunction<Double, Double, Point2D> toLayer) {
        if (names.isEmpty() || tileset.isEmpty()) {
            return List.of();
        }
        return names.shownIn(view, zoom, tileset.get()).stream().map(name -> {
            Point2D northWest = toLayer.apply(name.box().north(), name.box().west());
            Point2D southEast = toLayer.apply(name.box().south(), name.box().east());
            Bounds box = new BoundingBox(northWest.getX(), northWest.getY(), southEast.getX() - northWest.getX(),
                    southEast.getY() - northWest.getY());
            return new Box(name, box, name.point().map(point -> toLayer.apply(point.lat(), point.lon())));
        }).toList();
    }
}
