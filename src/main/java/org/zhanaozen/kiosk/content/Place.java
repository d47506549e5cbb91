package org.zhanaozen.kiosk.content;

import java.util.Optional;

/**
 * A place the story names. {@code kind} is one of town, city, oil-site, country, region.
 *
 * @param locationNote where the point comes from, when the source names the place but not where it is
 */
public record Place(String id, String name, double lat, double lon, PlacePrecision precision, String kind,
                    Optional<String> locationNote) {
    public boolean isExact() {
        return precision == PlacePrecision.EXACT;
    }
}
