package org.zhanaozen.kiosk.map.tiles;

import java.util.List;
import java.util.Optional;

/** Where the base map's tile images come from. Implementations must be safe to call from several threads. */
public interface TileSource {

    /** The tileset's metadata; empty when the source could not be opened. */
    Optional<TilesetInfo> info();

    /** Why the source shows only plain tiles (a message naming the file and what is wrong), if it does. */
    Optional<String> problem();

    /**
     * What is odd about a usable tileset, each naming the file: metadata the tiles contradict, a format told from the
     * tile data. The map works; staff may want to fix the file.
     */
    List<String> warnings();

    /** The tiles this source could not show so far, counted by kind, for the staff diagnostics. */
    TileProblems tileProblems();

    /** Where the tiles' own names are drawn, so the exhibit's labels can keep off them; most tilesets do not say. */
    default BaseMapNames names() {
        return BaseMapNames.NONE;
    }

    /** An image of the map under a name without the name, as big as its box; empty if there is none. Never throws. */
    default Optional<byte[]> groundUnder(BaseMapNames.Name name) {
        return Optional.empty();
    }

    /** The encoded image of an XYZ tile; empty if there is none. Never throws. */
    Optional<byte[]> tileData(int zoom, long column, long row);

    /** A source with no tiles, reporting why. */
    static TileSource unavailable(String problem) {
        TileProblems none = new TileProblems("(none)");
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
            public List<String> warnings() {
                return List.of();
            }

            @Override
            public TileProblems tileProblems() {
                return none;
            }

            @Override
            public Optional<byte[]> tileData(int zoom, long column, long row) {
                return Optional.empty();
            }
        };
    }
}
