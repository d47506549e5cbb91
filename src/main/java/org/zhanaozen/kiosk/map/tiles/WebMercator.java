package org.zhanaozen.kiosk.map.tiles;

/**
 * Web Mercator (EPSG:3857) tile maths shared by the tile generator and the tile reader.
 * "World" coordinates run from 0 to 1 across the whole map, x eastwards from 180° W, y southwards from 85.05° N.
 */
public final class WebMercator {

    /** The latitude at which the square Web Mercator world ends. */
    public static final double MAX_LATITUDE = 85.0511287798066;

    private WebMercator() {
    }

    /** Number of tiles across (and down) the world at a zoom level. */
    public static long tilesAcross(int zoom) {
        return 1L << zoom;
    }

    public static double worldX(double lon) {
        return (lon + 180.0) / 360.0;
    }

    public static double worldY(double lat) {
        double clamped = Math.max(-MAX_LATITUDE, Math.min(MAX_LATITUDE, lat));
        double sin = Math.sin(Math.toRadians(clamped));
        return 0.5 - Math.log((1 + sin) / (1 - sin)) / (4 * Math.PI);
    }

    public static double lon(double worldX) {
        return worldX * 360.0 - 180.0;
    }

    public static double lat(double worldY) {
        return Math.toDegrees(Math.atan(Math.sinh(Math.PI * (1 - 2 * worldY))));
    }

    /** The XYZ column of the tile holding a longitude. */
    public static long tileColumn(double lon, int zoom) {
        return clampToTiles((long) Math.floor(worldX(lon) * tilesAcross(zoom)), zoom);
    }

    /** The XYZ row (counted from the north) of the tile holding a latitude. */
    public static long tileRow(double lat, int zoom) {
        return clampToTiles((long) Math.floor(worldY(lat) * tilesAcross(zoom)), zoom);
    }

    /** MBTiles stores rows in TMS order (counted from the south); the flip is its own inverse. */
    public static long flipRow(long row, int zoom) {
        return tilesAcross(zoom) - 1 - row;
    }

    public static boolean isTile(int zoom, long column, long row) {
        long across = tilesAcross(zoom);
        return zoom >= 0 && zoom < 31 && column >= 0 && column < across && row >= 0 && row < across;
    }

    /** The geographic rectangle an XYZ tile covers. */
    public static GeoBounds tileBounds(int zoom, long column, long row) {
        double across = tilesAcross(zoom);
        return new GeoBounds(lon(column / across), lat((row + 1) / across), lon((column + 1) / across), lat(row / across));
    }

    private static long clampToTiles(long index, int zoom) {
        return Math.max(0, Math.min(tilesAcross(zoom) - 1, index));
    }
}
