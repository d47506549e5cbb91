package org.zhanaozen.kiosk.map.tiles;

import java.util.Optional;

/** Where the base map's tile images come from. Implementations must be safe to call from several threads. */
public interface TileSource {

    /** The tileset's metadata; empty when the source could not be opened. */
    Optional<TilesetInfo> info();

    /** Why the source shows only plain tiles (a message naming the file and what is wrong), if it does. */
    Optional<String> problem();

    /** The encoded image of an XYZ tile; empty if there is none. Never throws. */
    Optional<byte[]> tileData(int zoom, long column, long row);

    /** A source with no tiles, reporting why. */
    static TileSource unavailable(String problem) {
        return new TileSource() {
            @Override
            public Optional<TilesetInfo> info() {
                return Optional.empty();
            }

            @Override
            public Optional<String> problem() {
                return Optional.of(problem);
            }

            @Override
            public Optional<byte[]> tileData(int zoom, long column, long row) {
                return Optional.empty();
            }
        };
    }
}
