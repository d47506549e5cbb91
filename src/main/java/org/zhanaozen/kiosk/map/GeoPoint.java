package org.zhanaozen.kiosk.map;

/** A latitude and longitude in degrees. */
record GeoPoint(double lat, double lon) {
}
