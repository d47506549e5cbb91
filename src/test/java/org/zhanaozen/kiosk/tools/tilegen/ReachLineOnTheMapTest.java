package org.zhanaozen.kiosk.tools.tilegen;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import javafx.geometry.Point2D;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javafx.scene.shape.QuadCurve;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.zhanaozen.kiosk.UiTest;
import org.zhanaozen.kiosk.WholeKiosk;
import org.zhanaozen.kiosk.content.ContentLoader;
import org.zhanaozen.kiosk.content.TestContent;
import org.zhanaozen.kiosk.map.tiles.GeoBounds;
import org.zhanaozen.kiosk.map.tiles.TestTilesets;
import org.zhanaozen.kiosk.ui.ThemeTokens;

/**
 * Issue 12, defect 12, as a visitor sees it: a reach line drawn on the base map's land stands out from the land and
 * the sea at 3:1 at least (WCAG 2's ask of a meaningful graphic). The whole kiosk, on tiles of the tile generator's
 * land colour, with fixture content whose reach line runs across them; the colour is read from the screen.
 */
@UiTest
class ReachLineOnTheMapTest {

    private static final double GRAPHICS_CONTRAST = 3;

    @TempDir
    Path temp;

    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    private static Color fx(java.awt.Color colour) {
        return Color.rgb(colour.getRed(), colour.getGreen(), colour.getBlue());
    }

    @Test
    void aReachLineStandsOutFromTheLandAndTheSeaOnScreen(FxRobot robot) throws Exception {
        Path content = temp.resolve("content");
        TestContent.writeTo(content).replace("events.json", "\"events\": [",
                "\"reachLines\": { \"from\": \"upland-fields\", \"phase\": \"trials\" }, \"events\": [");
        byte[] land = TestTilesets.image(MapStyle.LAND, 64, "png");
        TestTilesets tiles = TestTilesets.png();
        for (int zoom = 3; zoom <= 7; zoom++) {
            tiles.tilesOver(new GeoBounds(30, 30, 75, 60), zoom, land);
        }
        Path file = content.resolve(ContentLoader.BASE_MAP);
        Files.createDirectories(file.getParent());
        tiles.writeTo(file);
        WholeKiosk.openOn(robot, stage, temp, content, 1920, 1080, "--no-transitions");
        robot.clickOn("#nav-map");
        robot.clickOn("#map-show-everything");

        QuadCurve line = robot.lookup("#reach-line-portside").queryAs(QuadCurve.class);
        // the curve's middle (t = 1/2), where no marker or label sits
        Point2D middle = line.localToScene(
                0.25 * line.getStartX() + 0.5 * line.getControlX() + 0.25 * line.getEndX(),
                0.25 * line.getStartY() + 0.5 * line.getControlY() + 0.25 * line.getEndY());
        WritableImage[] shot = new WritableImage[1];
        robot.interact(() -> shot[0] = stage.getScene().snapshot(null));
        Color drawn = shot[0].getPixelReader().getColor((int) Math.round(middle.getX()), (int) Math.round(middle.getY()));

        assertThat(drawn).as("the line is drawn there").isNotEqualTo(fx(MapStyle.LAND));
        assertThat(ThemeTokens.contrast(drawn, fx(MapStyle.LAND))).as("%s against the land", drawn)
                .isGreaterThanOrEqualTo(GRAPHICS_CONTRAST);
        assertThat(ThemeTokens.contrast(drawn, fx(MapStyle.WATER))).as("%s against the sea", drawn)
                .isGreaterThanOrEqualTo(GRAPHICS_CONTRAST);
    }
}
