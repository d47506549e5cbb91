package org.zhanaozen.kiosk.map.tiles;

import java.util.Locale;
import java.util.Optional;

/** The raster tile formats JavaFX's {@code Image} can decode, as MBTiles names them. */
public enum TileFormat {
    PNG("png"),
    JPG("jpg");

    private final String metadataName;

    TileFormat(String metadataName) {
        this.metadataName = metadataName;
    }

    public String metadataName() {
        return metadataName;
    }

    /** The format named by the MBTiles {@code format} metadata value, if the kiosk can show it. */
    public static Optional<TileFormat> fromMetadata(String value) {
        String name = value.trim().toLowerCase(Locale.ROOT);
        if (name.equals("jpeg")) {
            return Optional.of(JPG);
        }
        for (TileFormat format : values()) {
            if (format.metadataName.equals(name)) {
                return Optional.of(format);
            }
        }
        return Optional.empty();
    }
}
