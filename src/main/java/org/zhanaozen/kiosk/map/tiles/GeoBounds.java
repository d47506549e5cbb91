package org.zhanaozen.kiosk.map.tiles;

import java.util.Locale;

/**
 * A longitude/latitude rectangle in degrees, as MBTiles writes it ("W,S,E,N").
 */
public record GeoBounds(double west, double south, double east, double north) {

    /** Everything Web Mercator can show. */
    public static final GeoBounds WORLD =
            new GeoBounds(-180, -WebMercator.MAX_LATITUDE, 180, WebMercator.MAX_LATITUDE);

    public GeoBounds {
        if (!(west < east) || !(south < north)) {
            throw new IllegalArgumentException("empty bounds: " + west + "," + south + "," + east + "," + north);
        }
    }

    /** Parses the MBTiles form "W,S,E,N". */
    public static GeoBounds parse(String text) {
        String[] parts = text.trim().split("\\s*,\\s*");
        if (parts.length != 4) {
            throw new IllegalArgumentException("bounds '" + text + "' are not W,S,E,N");
        }
        return new GeoBounds(Double.parseDouble(parts[0]), Double.parseDouble(parts[1]),
                Double.parseDouble(parts[2]), Double.parseDouble(parts[3]));
    }

    /** The MBTiles form "W,S,E,N". */
    public String toMetadata() {
        return String.format(Locale.ROOT, "%.6f,%.6f,%.6f,%.6f", west, south, east, north);
    }

    /** True if the two rectangles share some area (touching edges do not count). */
    public boolean overlaps(GeoBounds other) {
        return west < other.east && other.west < east && south < other.north && other.south < north;
    }

    public boolean contains(double lon, double lat) {
        return lon >= west && lon <= east && lat >= south && lat <= north;
    }
}
