package org.zhanaozen.kiosk;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zhanaozen.kiosk.map.tiles.BaseMapTiles;
import org.zhanaozen.kiosk.map.tiles.MbtilesTileSource;

/** The staff diagnostics say whether the base map could be read, and why not. */
class DiagnosticsTest {

    private final KioskConfig defaults = KioskConfig.parse("", Path.of("kiosk.properties"));

    @AfterEach
    void backToTheBundledMap() {
        BaseMapTiles.use(MbtilesTileSource.open(BundledContent.BUNDLED.resolve("map/basemap.mbtiles")), Runnable::run);
    }

    @Test
    void aCorruptBaseMapIsNamedWithWhatIsWrong(@TempDir Path dir) throws Exception {
        Path corrupt = Files.write(dir.resolve("basemap.mbtiles"), new byte[] {1, 2, 3, 4, 5, 6, 7, 8});
        BaseMapTiles.use(MbtilesTileSource.open(corrupt), Runnable::run);

        List<String> lines = KioskApplication.diagnostics(defaults, Optional.empty(), List.of());

        assertThat(lines).anySatisfy(line -> assertThat(line)
                .startsWith("Base map problem: ").contains("basemap.mbtiles").contains("not an SQLite file"));
    }

    @Test
    void theBundledBaseMapIsReportedWithItsZooms() {
        backToTheBundledMap();
        assertThat(KioskApplication.diagnostics(defaults, Optional.empty(), List.of()))
                .anySatisfy(line -> assertThat(line).startsWith("Base map: ").contains("zoom 0–10"));
    }
}
