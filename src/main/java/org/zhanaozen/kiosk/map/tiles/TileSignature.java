package org.zhanaozen.kiosk.map.tiles;

import java.util.Optional;

/**
 * What a tile's bytes are, told by their first bytes: the format a tileset really holds, whatever its metadata says
 * (older MBTiles files have no {@code format} row, and some label WebP or vector tiles "png").
 */
public enum TileSignature {
    PNG("PNG", TileFormat.PNG),
    JPEG("JPEG", TileFormat.JPG),
    WEBP("WebP", null),
    GZIP("gzip-compressed (vector) data", null),
    OTHER("neither PNG nor JPEG", null);

    /** How many leading bytes tell the signatures apart. */
    static final int LENGTH = 12;

    private static final byte[] PNG_START = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
    private static final byte[] JPEG_START = {(byte) 0xff, (byte) 0xd8, (byte) 0xff};
    private static final byte[] GZIP_START = {0x1f, (byte) 0x8b};
    private static final byte[] RIFF = {'R', 'I', 'F', 'F'};
    private static final byte[] WEBP_AFTER_SIZE = {'W', 'E', 'B', 'P'};

    private final String description;
    private final TileFormat format;

    TileSignature(String description, TileFormat format) {
        this.description = description;
        this.format = format;
    }

    /** The signature of a tile's data (its first {@link #LENGTH} bytes are enough). */
    public static TileSignature of(byte[] data) {
        if (data == null) {
            return OTHER;
        }
        if (startsWith(data, 0, PNG_START)) {
            return PNG;
        }
        if (startsWith(data, 0, JPEG_START)) {
            return JPEG;
        }
        if (startsWith(data, 0, RIFF) && startsWith(data, 8, WEBP_AFTER_SIZE)) {
            return WEBP;
        }
        if (startsWith(data, 0, GZIP_START)) {
            return GZIP;
        }
        return OTHER;
    }

    /** The raster format JavaFX can show, if these bytes are one. */
    public Optional<TileFormat> format() {
        return Optional.ofNullable(format);
    }

    /** For staff: "PNG", "WebP", "neither PNG nor JPEG". */
    public String description() {
        return description;
    }

    private static boolean startsWith(byte[] data, int offset, byte[] expected) {
        if (data.length < offset + expected.length) {
            return false;
        }
        for (int i = 0; i < expected.length; i++) {
            if (data[offset + i] != expected[i]) {
                return false;
            }
        }
        return true;
    }
}
