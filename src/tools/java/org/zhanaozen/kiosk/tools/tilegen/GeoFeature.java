package org.zhanaozen.kiosk.tools.tilegen;

import com.fasterxml.jackson.databind.JsonNode;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;

/**
 * One polygon or line of a Natural Earth layer in Web Mercator world coordinates (0..1, see WebMercator).
 * A multi-part geometry becomes several features sharing the same properties, so each part can be skipped on its own
 * when it lies outside the tiles being drawn.
 */
record GeoFeature(JsonNode properties, Path2D.Double path, Rectangle2D bounds) {

    String text(String key) {
        return Properties.text(properties, key);
    }

    double number(String key, double fallback) {
        return Properties.number(properties, key, fallback);
    }
}
