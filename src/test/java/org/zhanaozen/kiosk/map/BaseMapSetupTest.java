package org.zhanaozen.kiosk.map;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.zhanaozen.kiosk.BundledContent;
import org.zhanaozen.kiosk.OpenFiles;
import org.zhanaozen.kiosk.content.ContentLoader;
import org.zhanaozen.kiosk.map.tiles.BaseMapTiles;
import org.zhanaozen.kiosk.map.tiles.GeoBounds;
import org.zhanaozen.kiosk.map.tiles.TileSource;
import org.zhanaozen.kiosk.map.tiles.TilesetInfo;
import org.zhanaozen.kiosk.map.tiles.WebMercator;

/** Each content reload builds the map screen again: the base map it opened before must not stay open. */
class BaseMapSetupTest {

    @Test
    void openingTheBaseMapAgainClosesTheOneBeforeAndTheNewOneServesTiles() throws IOException {
        Path file = BundledContent.BUNDLED.resolve(ContentLoader.BASE_MAP).toRealPath();
        BaseMapSetup first = BaseMapSetup.open(BundledContent.BUNDLED, Runnable::run);
        assertThat(aTile(first.source())).isPresent();
        long openOnce = OpenFiles.on(file);
        assertThat(openOnce).isPositive();

        BaseMapSetup last = first;
        for (int reload = 0; reload < 5; reload++) {
            last = BaseMapSetup.open(BundledContent.BUNDLED, Runnable::run);
        }

        assertThat(OpenFiles.on(file)).isEqualTo(openOnce);
        assertThat(BaseMapTiles.source()).isSameAs(last.source());
        assertThat(aTile(last.source())).isPresent();
        assertThat(aTile(first.source())).as("the first source is closed").isEmpty();
    }

    /** The lowest-zoom tile at the centre of the tileset. */
    private static Optional<byte[]> aTile(TileSource source) {
        TilesetInfo info = source.info().orElseThrow();
        GeoBounds bounds = info.bounds();
        int zoom = info.minZoom();
        return source.tileData(zoom, WebMercator.tileColumn((bounds.west() + bounds.east()) / 2, zoom),
                WebMercator.tileRow((bounds.south() + bounds.north()) / 2, zoom));
    }
}
