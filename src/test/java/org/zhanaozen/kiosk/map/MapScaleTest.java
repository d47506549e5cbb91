package org.zhanaozen.kiosk.map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.gluonhq.impl.maps.TileImageView;
import java.nio.file.Path;
import java.util.stream.Stream;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.zhanaozen.kiosk.UiTest;
import org.zhanaozen.kiosk.WholeKiosk;

/**
 * Issue 12, defect 11: the base map's labels, baked into its tiles, keep the same size beside the kiosk's text on every
 * screen: at 4K they were half the kiosk's text, at 720p they crowded the exhibit's labels. The whole kiosk, opened on
 * the map by taps, at three sizes.
 */
@UiTest
class MapScaleTest {

    /** A tile's side on the reference screen (1080 px on its short side), and that screen's short side. */
    private static final double TILE_SIDE = 256;
    private static final double REFERENCE_SIDE = 1080;

    @TempDir
    Path temp;

    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    static Stream<Arguments> sizes() {
        return Stream.of(Arguments.of(1280, 720), Arguments.of(1920, 1080), Arguments.of(3840, 2160));
    }

    private static double shownHeight(Node node) {
        Bounds b = node.localToScene(node.getLayoutBounds());
        return b.getHeight();
    }

    @ParameterizedTest(name = "{0}x{1}")
    @MethodSource("sizes")
    void theBaseMapsTilesAndTheExhibitsLabelsKeepTheirProportionsAtEverySize(int width, int height, FxRobot robot) {
        WholeKiosk.open(robot, stage, temp, width, height);
        robot.clickOn("#nav-map");
        double screenScale = Math.min(width, height) / REFERENCE_SIDE;

        Node tile = robot.lookup(node -> node instanceof TileImageView && node.isVisible()).query();
        assertThat(shownHeight(tile) / screenScale).as("a tile's side, in reference pixels")
                .isCloseTo(TILE_SIDE, within(1.0));

        // the exhibit's labels are enlarged as much as the base map's text: they sit over it as on the reference screen
        Label label = robot.lookup(".place-label").queryAs(Label.class);
        assertThat(shownHeight(label) / label.getHeight()).as("a place label's enlargement")
                .isCloseTo(shownHeight(tile) / TILE_SIDE, within(0.01));
    }
}
