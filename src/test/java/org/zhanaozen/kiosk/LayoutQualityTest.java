package org.zhanaozen.kiosk;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Labeled;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.zhanaozen.kiosk.frame.KioskFrame;
import org.zhanaozen.kiosk.frame.Navigator;
import org.zhanaozen.kiosk.frame.Screen;
import org.zhanaozen.kiosk.frame.ScreenState;
import org.zhanaozen.kiosk.ui.Theme;

/**
 * Every screen, in every state it names, at the three resolutions the kiosk is built for: no text is cut off
 * with an ellipsis, no text is too small to read from a metre, and every button is big enough for a finger.
 */
@UiTest
class LayoutQualityTest {

    private Stage stage;

    @Start
    void start(Stage stage) {
        Theme.loadFonts();
        this.stage = stage;
        stage.show();
    }

    static Stream<Arguments> sizes() {
        return Stream.of(Arguments.of(1920, 1080), Arguments.of(1080, 1920), Arguments.of(3840, 2160));
    }

    @ParameterizedTest(name = "{0}x{1}")
    @MethodSource("sizes")
    void noScreenCutsTextOrShrinksItOrItsTargets(int width, int height, FxRobot robot) {
        Navigator navigator = ExhibitScreens.create(BundledContent.bundled());
        robot.interact(() -> {
            Scene scene = new Scene(new KioskFrame(navigator).root(), width, height);
            Theme.apply(scene);
            TestStages.show(stage, scene);
            // Monocle paints a window into its virtual screen: the whole window must lie inside it.
            stage.setX(0);
            stage.setY(0);
        });
        double scale = Math.min(width, height) / Theme.REFERENCE_SIDE;
        List<String> defects = new ArrayList<>();
        for (Screen screen : navigator.screens()) {
            List<ScreenState> states = new ArrayList<>();
            states.add(new ScreenState("opening", () -> { }));
            states.addAll(screen.screenshotStates());
            for (ScreenState state : states) {
                robot.interact(() -> {
                    navigator.resetAll();
                    navigator.go(screen);
                    state.apply().run();
                    stage.getScene().getRoot().applyCss();
                    stage.getScene().getRoot().layout();
                });
                check(stage.getScene().getRoot(), screen.id() + "/" + state.name(), scale, defects);
            }
        }
        assertThat(defects).isEmpty();
    }

    private static void check(Parent root, String where, double scale, List<String> defects) {
        for (Node node : visible(root)) {
            if (node instanceof Labeled labeled && labeled.getText() != null && !labeled.getText().isEmpty()) {
                String shown = node.lookupAll(".text").stream().filter(Text.class::isInstance)
                        .map(t -> ((Text) t).getText()).findFirst().orElse(labeled.getText());
                boolean ellipsized = shown.endsWith("…") || shown.endsWith("...");
                if (ellipsized && !shown.equals(labeled.getText())) {
                    defects.add(where + ": text cut off: \"" + labeled.getText() + "\" shown as \"" + shown + "\"");
                }
                double shownSize = labeled.getFont().getSize() * enlargement(node);
                if (shownSize < 18 * scale - 0.01) {
                    defects.add(where + ": text too small (" + shownSize + " px): " + labeled.getText());
                }
            }
            if (node.getStyleClass().contains("button") || node.getStyleClass().contains("toggle-button")) {
                Bounds b = node.localToScene(node.getLayoutBounds());
                if (b.getWidth() < 60 * scale - 0.5 || b.getHeight() < 60 * scale - 0.5) {
                    defects.add(where + ": target too small for a finger (" + Math.round(b.getWidth()) + "x"
                            + Math.round(b.getHeight()) + "): " + node);
                }
            }
        }
    }

    /** How much the node is drawn larger than its own size (the map is drawn at the reference size and scaled). */
    private static double enlargement(Node node) {
        Bounds unit = node.localToScene(new BoundingBox(0, 0, 100, 100));
        return unit.getHeight() / 100;
    }

    /** Nodes that are showing: visible themselves and all their parents. */
    private static List<Node> visible(Parent root) {
        List<Node> out = new ArrayList<>();
        collect(root, out);
        return out;
    }

    private static void collect(Node node, List<Node> out) {
        if (!node.isVisible()) {
            return;
        }
        out.add(node);
        if (node instanceof Parent parent) {
            parent.getChildrenUnmodifiable().forEach(child -> collect(child, out));
        }
    }
}
