package org.zhanaozen.kiosk.tools.tilegen;

import com.fasterxml.jackson.databind.JsonNode;

/** Reading Natural Earth's loosely typed properties (numbers are sometimes strings, absent values are null). */
final class Properties {

    private Properties() {
    }

    static String text(JsonNode properties, String key) {
        JsonNode value = properties.get(key);
        return value == null || value.isNull() ? "" : value.asText().trim();
    }

    static double number(JsonNode properties, String key, double fallback) {
        JsonNode value = properties.get(key);
        if (value == null || value.isNull()) {
            return fallback;
        }
        if (value.isNumber()) {
            return value.asDouble();
        }
        try {
            return Double.parseDouble(value.asText());
        } catch (NumberFormatException e) {
            return fallback;
        }
    }
}
