package org.zhanaozen.kiosk.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.zhanaozen.kiosk.UiTest;
import org.zhanaozen.kiosk.WholeKiosk;
import org.zhanaozen.kiosk.content.TestContent;
import org.zhanaozen.kiosk.ui.Messages;

/**
 * Issue 14: a date the source prints wrong keeps the source's words in the content and its correction on the record;
 * the visitor sees the corrected date, with a mark that opens what the source says and why. The whole kiosk, by taps.
 */
@UiTest
class CorrectedDateTest {

    private static final String REASON = "The source prints 1990; its sequence puts the entry in December 1991.";

    @TempDir
    Path temp;

    private WholeKiosk kiosk;

    @Start
    void start(Stage stage) {
        Path content = temp.resolve("content");
        TestContent.writeTo(content).replace("events.json", "\"dateText\": \"17 December 1991\",",
                "\"dateText\": \"17 December 1990\", \"corrections\": [ { \"field\": \"dateText\","
                        + " \"source\": \"17 December 1990\", \"corrected\": \"17 December 1991\","
                        + " \"reason\": \"" + REASON + "\" } ],");
        kiosk = WholeKiosk.startOn(stage, temp, content, 1920, 1080);
        stage.show();
    }

    @Test
    void theVisitorSeesTheCorrectedDateAndAMarkThatOpensWhatTheSourceSays(FxRobot robot) {
        TimelineVisit visit = new TimelineVisit(kiosk, robot).open();
        EventCard card = visit.cardOf("1991-12-17-emergency").orElseThrow();
        assertThat(card.lookupAll(".event-card-date")).extracting(node -> ((Label) node).getText())
                .containsExactly("17 December 1991");
        robot.clickOn(card);

        assertThat(robot.lookup("#detail-date").queryAs(Label.class).getText()).isEqualTo("17 December 1991");
        Node note = robot.lookup("#detail-date-correction").query();
        assertThat(note.isVisible()).as("the correction waits for a tap").isFalse();
        robot.clickOn("#detail-date-corrected");
        assertThat(note.isVisible()).isTrue();
        assertThat(((Label) note).getText())
                .isEqualTo(Messages.text("timeline.detail.date-correction", "17 December 1990", REASON));
        robot.clickOn("#detail-date-corrected");
        assertThat(note.isVisible()).as("a second tap folds it away").isFalse();
    }

    @Test
    void anEventWithoutACorrectedDateHasNoMark(FxRobot robot) {
        TimelineVisit visit = new TimelineVisit(kiosk, robot).open();
        robot.clickOn(visit.cardOf("1991-12-16-crackdown").orElseThrow());
        assertThat(robot.lookup("#detail-date").tryQuery()).isPresent();
        assertThat(robot.lookup("#detail-date-corrected").tryQuery()).isEmpty();
    }
}
