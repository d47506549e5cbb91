package org.zhanaozen.kiosk.content;

/** A place the story names. {@code kind} is one of town, city, oil-site, country, region. */
public record Place(String id, String name, double lat, double lon, PlacePrecision precision, String kind) {
    public boolean isExact() {
        return precision == PlacePrecision.EXACT;
    }
}
