package org.zhanaozen.kiosk.tools.tilegen;

import com.fasterxml.jackson.databind.JsonNode;

/** A Natural Earth point in Web Mercator world coordinates (0..1). */
record PointFeature(JsonNode properties, double x, double y) {

    String text(String key) {
        return Properties.text(properties, key);
    }

    double number(String key, double fallback) {
        return Properties.number(properties, key, fallback);
    }
}
