package org.zhanaozen.kiosk;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.zhanaozen.kiosk.map.tiles.BaseMapTiles;
import org.zhanaozen.kiosk.map.tiles.MbtilesTileSource;
import org.zhanaozen.kiosk.map.tiles.TestTilesets;
import org.zhanaozen.kiosk.ui.Theme;

/**
 * A base map that {@code --validate} warns about, or even fails, never keeps the exhibit from the visitors: the
 * kiosk shows it, the map falls back where it must, and the staff diagnostics say what is wrong.
 */
@UiTest
class BaseMapAtStartTest {

    private final KioskConfig defaults = KioskConfig.parse("", Path.of("kiosk.properties"));
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        Theme.loadFonts();
    }

    @AfterEach
    void backToTheBundledMap() {
        BaseMapTiles.use(MbtilesTileSource.open(BundledContent.BUNDLED.resolve("map/basemap.mbtiles")), Runnable::run);
    }

    @TempDir
    Path state;

    private void startKioskOn(Path folder, FxRobot robot) {
        robot.interact(() -> {
            WholeKiosk.startOn(stage, state, folder, 1920, 1080);
            stage.show();
        });
    }

    @Test
    void aBaseMapWithOnlyWarningsShowsTheExhibitAndTheDiagnosticsNameTheWarnings(
            FxRobot robot, @TempDir Path folder) throws Exception {
        org.zhanaozen.kiosk.content.TestContent.writeTo(folder);
        Files.createDirectories(folder.resolve("map"));
        TestTilesets.olderWithImagesTable().metadata("minzoom", "5").metadata("maxzoom", "2")
                .tile(0, 0, 0, TestTilesets.image(Color.BLUE, 64, "png"))
                .writeTo(folder.resolve("map/basemap.mbtiles"));

        startKioskOn(folder, robot);

        assertThat(robot.lookup("#content-error-screen").tryQuery()).isEmpty();
        assertThat(robot.lookup("#navigation-bar").tryQuery()).isPresent();
        List<String> diagnostics = KioskApplication.diagnostics(defaults, Optional.empty(), List.of());
        assertThat(diagnostics).anySatisfy(line -> assertThat(line).startsWith("Base map: older, png tiles, zoom 0–0"));
        assertThat(diagnostics).filteredOn(line -> line.startsWith("Base map warning: ")).satisfiesExactly(
                line -> assertThat(line).contains("basemap.mbtiles").contains("no 'format'"),
                line -> assertThat(line).contains("the metadata says zoom 5–2 but the tiles are at zoom 0–0"));
    }

    @Test
    void aBaseMapThatValidateFailsStillShowsTheExhibit(FxRobot robot, @TempDir Path folder)
            throws Exception {
        org.zhanaozen.kiosk.content.TestContent.writeTo(folder);
        Files.createDirectories(folder.resolve("map"));
        TestTilesets.png().tile(0, 0, 0, TestTilesets.webp()).writeTo(folder.resolve("map/basemap.mbtiles"));

        startKioskOn(folder, robot);

        assertThat(robot.lookup("#content-error-screen").tryQuery()).isEmpty();
        assertThat(robot.lookup("#navigation-bar").tryQuery()).isPresent();
        assertThat(KioskApplication.diagnostics(defaults, Optional.empty(), List.of())).anySatisfy(line ->
                assertThat(line).startsWith("Base map problem: ").contains("the tiles are WebP"));
    }
}
