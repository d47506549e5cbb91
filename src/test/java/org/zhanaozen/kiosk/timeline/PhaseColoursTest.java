package org.zhanaozen.kiosk.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.zhanaozen.kiosk.UiTest;
import org.zhanaozen.kiosk.WholeKiosk;
import org.zhanaozen.kiosk.content.ContentLoader;
import org.zhanaozen.kiosk.content.Problem;
import org.zhanaozen.kiosk.content.TestContent;
import org.zhanaozen.kiosk.ui.ThemeTokens;

/**
 * Issue 14: phase colours come by slot, in the order of the content's phases, so a phase the content adds has a
 * colour (it had none when the styles were keyed by the bundled phases' ids). The whole kiosk, by taps.
 */
@UiTest
class PhaseColoursTest {

    private static final List<String> PHASES = List.of("strike", "trials", "appeals");

    @TempDir
    Path temp;

    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @Test
    void aPhaseTheContentAddsTakesTheNextColour(FxRobot robot) {
        Path content = temp.resolve("content");
        TestContent.writeTo(content).replace("events.json", "{ \"id\": \"trials\", \"name\": \"Trials\" }",
                "{ \"id\": \"trials\", \"name\": \"Trials\" },\n    { \"id\": \"appeals\", \"name\": \"Appeals\" }");
        WholeKiosk.openOn(robot, stage, temp, content, 1920, 1080);
        robot.clickOn("#nav-timeline");

        Map<String, Color> tokens = ThemeTokens.read();
        for (int slot = 1; slot <= PHASES.size(); slot++) {
            Region badge = robot.lookup("#phase-chip-" + PHASES.get(slot - 1) + " .phase-badge").queryAs(Region.class);
            assertThat(badge.getBackground().getFills().get(0).getFill()).as(PHASES.get(slot - 1))
                    .isEqualTo(tokens.get("-phase-" + slot));
        }
    }

    @Test
    void morePhasesThanColoursIsAContentErrorNotAColourlessPhase() {
        StringBuilder phases = new StringBuilder("{ \"id\": \"trials\", \"name\": \"Trials\" }");
        for (int extra = 1; extra <= 7; extra++) {
            phases.append(",\n    { \"id\": \"extra-").append(extra).append("\", \"name\": \"Extra ").append(extra)
                    .append("\" }");
        }
        Path content = temp.resolve("nine");
        TestContent.writeTo(content).replace("events.json", "{ \"id\": \"trials\", \"name\": \"Trials\" }",
                phases.toString());
        assertThat(ContentLoader.load(content).problems()).extracting(Problem::message).containsExactly(
                "at most 8 phases (the theme has 8 phase colours, told apart with colour blindness), not 9");
    }
}
