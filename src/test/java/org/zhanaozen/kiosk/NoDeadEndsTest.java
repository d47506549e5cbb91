package org.zhanaozen.kiosk;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.css.PseudoClass;
import javafx.scene.Cursor;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.Labeled;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.Background;
import javafx.scene.layout.BackgroundFill;
import javafx.scene.layout.Border;
import javafx.scene.layout.BorderStroke;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.paint.Paint;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.zhanaozen.kiosk.content.TestContent;
import org.zhanaozen.kiosk.frame.Navigator;

/**
 * Where the kiosk stranded a first-time visitor on the welcome, attract, people and closing screens: what looks like a
 * button works, what does not work does not look like one, text keeps its contrast, the last screen leads back.
 * Through the whole kiosk, by the robot's taps.
 */
@UiTest
class NoDeadEndsTest {

    /** The fixture's role of its victim who is also accused; the test's story starts with it, as the source's do. */
    private static final String ROLE = "Harbour union leader.";

    /** The closing call, in other letters than the fixture's, so that only words read from the content match it. */
    private static final String CALL = "Who will be next?";

    @TempDir
    Path temp;

    private WholeKiosk kiosk;

    @Start
    void start(Stage stage) {
        Path content = temp.resolve("content");
        // One accused without a card beside the one with a card; a story that opens with the role; a call of its own.
        TestContent.writeTo(content)
                .replace("people.json", "\"groups\": []", "\"groups\": [\"accused\"]")
                .replace("people.json", "\"story\": \"Supplied", "\"story\": \"" + ROLE + " Supplied")
                .replace("exhibit.json", "\"call\": \"WHO SPEAKS FOR THE HARBOUR?\"", "\"call\": \"" + CALL + "\"");
        kiosk = WholeKiosk.startOn(stage, temp, content, 1920, 1080);
        stage.show();
    }

    private Navigator navigator() {
        return kiosk.frame().navigator().orElseThrow();
    }

    private boolean showing(FxRobot robot, String query) {
        return robot.lookup(query).match(Node::isVisible).tryQuery().isPresent();
    }

    @Test
    void accusedNamesLookLikeASelectorButOnlyTheFirstDoesAnything(FxRobot robot) {
        robot.clickOn("#attract-touch");
        robot.clickOn("#nav-people");
        robot.clickOn("#people-tab-accused");
        List<Node> names = robot.lookup("#accused-names .accused-name").queryAll().stream().toList();
        assertThat(names).hasSize(2);

        int links = 0;
        for (Node name : names) {
            robot.clickOn(name);
            if (showing(robot, "#person-detail-overlay")) {
                links++;
                assertThat(robot.lookup("#person-detail-name").queryAs(Labeled.class).getText())
                        .as("the name tapped opens that person's card").isEqualTo(((Labeled) name).getText());
                robot.clickOn("#person-close");
                robot.clickOn("#people-tab-accused");
            } else {
                assertLooksLikePlainText(name);
            }
        }
        assertThat(links).as("the accused who is also a victim opens their card").isEqualTo(1);
    }

    @Test
    void welcomeKeyFiguresLookTappableAndDoNothing(FxRobot robot) {
        robot.clickOn("#attract-touch");
        List<Node> tiles = robot.lookup(".key-figure").queryAll().stream().toList();
        assertThat(tiles).hasSize(2);
        for (Node tile : tiles) {
            assertLooksLikePlainText(tile);
            assertThat(effectiveCursor(tile)).as("cursor over %s", tile.getId()).isNotEqualTo(Cursor.HAND);
            Background before = ((Region) tile).getBackground();
            robot.moveTo(tile).press(MouseButton.PRIMARY);
            assertThat(((Region) tile).getBackground()).as("no pressed look on %s", tile.getId()).isEqualTo(before);
            robot.release(MouseButton.PRIMARY);
            assertThat(((Region) tile).getBackground()).as("no hover look on %s", tile.getId()).isEqualTo(before);
            assertThat(navigator().current()).isSameAs(navigator().home());
        }
    }

    @Test
    void attractDimsEveryFigureButOneBelowReadableContrast(FxRobot robot) {
        assertThat(showing(robot, "#attract")).isTrue();
        Node attract = robot.lookup("#attract").query();
        List<Node> figures = robot.lookup(".attract-figure").queryAll().stream().toList();
        // Twice round the fixture's two figures, and more, in steps shorter than a handover.
        // The attract state follows the injected clock, so the steps run on the FX thread without a robot round trip.
        AtomicBoolean cameForward = new AtomicBoolean();
        robot.interact(() -> {
            for (int step = 0; step < 150; step++) {
                for (Text text : texts(attract)) {
                    assertThat(effectiveOpacity(text)).as("opacity of \"%s\" at %d ms", text.getText(), step * 200)
                            .isEqualTo(1.0);
                }
                if (figures.stream().anyMatch(figure -> figure.getScaleX() > 1.0)) {
                    cameForward.set(true);
                }
                kiosk.clock().advance(Duration.ofMillis(200));
            }
        });
        assertThat(cameForward.get()).as("a figure still comes forward, by its size").isTrue();
    }

    @Test
    void closingIsADeadEnd(FxRobot robot) {
        robot.clickOn("#attract-touch");
        // Leave something open that a new visit would not find open.
        robot.clickOn("#nav-people");
        robot.clickOn("#person-card-ivan-sorel");
        assertThat(showing(robot, "#person-detail-overlay")).isTrue();

        robot.clickOn("#nav-closing");
        robot.clickOn("#closing-start-again");
        assertThat(navigator().current()).isSameAs(navigator().home());
        robot.clickOn("#nav-people");
        assertThat(showing(robot, "#person-detail-overlay")).as("the people screen starts afresh").isFalse();
        assertThat(showing(robot, "#victims-view")).isTrue();
    }

    @Test
    void closingBarSaysOtherWordsThanTheScreen(FxRobot robot) {
        robot.clickOn("#attract-touch");
        robot.clickOn("#nav-closing");
        String call = robot.lookup("#closing-call").queryAs(Labeled.class).getText();
        assertThat(call).isEqualTo(CALL);
        assertThat(robot.lookup("#nav-closing").queryAs(Labeled.class).getText())
                .as("the bar names the closing screen in the content's words").isEqualTo(call);
    }

    @Test
    void personDetailRepeatsTheRoleLineTwice(FxRobot robot) {
        robot.clickOn("#attract-touch");
        robot.clickOn("#nav-people");
        robot.clickOn("#person-card-ivan-sorel");
        Node detail = robot.lookup("#person-detail").query();
        long saying = texts(detail).stream().filter(Node::isVisible).map(Text::getText)
                .filter(text -> text.contains(ROLE)).count();
        assertThat(saying).as("texts on the card that say the role").isEqualTo(1);
        assertThat(robot.lookup("#person-story").queryAs(Labeled.class).getText())
                .startsWith("Supplied basic help");
    }

    /** No filled background, no outline, no selected look, nothing a finger takes for a button. */
    private static void assertLooksLikePlainText(Node node) {
        assertThat(node).as("%s", node.getId()).isNotInstanceOf(ButtonBase.class);
        assertThat(node.isFocusTraversable()).as("%s takes focus", node.getId()).isFalse();
        assertThat(node.getPseudoClassStates()).as("%s", node.getId())
                .doesNotContain(PseudoClass.getPseudoClass("selected"), PseudoClass.getPseudoClass("current"));
        Region region = (Region) node;
        Background background = region.getBackground();
        List<Paint> fills = background == null ? List.of()
                : background.getFills().stream().map(BackgroundFill::getFill).toList();
        assertThat(fills).as("fills of %s", node.getId()).allMatch(NoDeadEndsTest::invisible);
        Border border = region.getBorder();
        if (border != null) {
            for (BorderStroke stroke : border.getStrokes()) {
                boolean outlined = !invisible(stroke.getTopStroke()) && !invisible(stroke.getRightStroke())
                        && !invisible(stroke.getBottomStroke()) && !invisible(stroke.getLeftStroke())
                        && stroke.getWidths().getTop() > 0 && stroke.getWidths().getRight() > 0
                        && stroke.getWidths().getBottom() > 0 && stroke.getWidths().getLeft() > 0;
                assertThat(outlined).as("%s outlined", node.getId()).isFalse();
            }
        }
    }

    private static boolean invisible(Paint paint) {
        return paint == null || paint instanceof Color color && color.getOpacity() == 0;
    }

    private static Cursor effectiveCursor(Node node) {
        for (Node at = node; at != null; at = at.getParent()) {
            if (at.getCursor() != null) {
                return at.getCursor();
            }
        }
        return null;
    }

    /** What the eye sees: the node's opacity times that of every parent. */
    private static double effectiveOpacity(Node node) {
        double opacity = 1;
        for (Node at = node; at != null; at = at.getParent()) {
            opacity *= at.getOpacity();
        }
        return opacity;
    }

    private static List<Text> texts(Node root) {
        List<Text> found = new ArrayList<>();
        if (root instanceof Text text) {
            found.add(text);
        } else if (root instanceof Parent parent) {
            parent.getChildrenUnmodifiable().forEach(child -> found.addAll(texts(child)));
        }
        return found;
    }
}
