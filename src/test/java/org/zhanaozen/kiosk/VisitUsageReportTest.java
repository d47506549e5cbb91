package org.zhanaozen.kiosk;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.zhanaozen.kiosk.content.Event;
import org.zhanaozen.kiosk.content.Exhibit;
import org.zhanaozen.kiosk.content.TestContent;
import org.zhanaozen.kiosk.frame.FxClock;
import org.zhanaozen.kiosk.usage.UsageRecorder;

/**
 * The usage log from a real visit: the whole kiosk as {@link KioskApplication} puts it on the screen, a visitor
 * played by the robot, then {@code --usage-report} on the folder the kiosk wrote.
 */
@UiTest
class VisitUsageReportTest {

    @TempDir
    Path temp;

    private Path usage;
    private Exhibit exhibit;

    @Start
    void start(Stage stage) {
        Path data = temp.resolve("content");
        exhibit = TestContent.writeTo(data).load().valid().orElseThrow();
        usage = temp.resolve("usage");
        // a rehearsal window with the idle reset on: the kiosk opens on its attract state, and a touch starts a visit
        Options options = Options.parse(List.of("--windowed", "--idle", "--data", data.toString(),
                "--config", temp.resolve("kiosk.properties").toString()));
        KioskConfig config = KioskApplication.config(options);
        KioskApplication.start(stage, options, config, new FxClock(),
                KioskApplication.host(options, config, KioskLogging.none(), new CountDownLatch(1)), Runnable::run,
                UsageRecorder.inFolder(usage, config.idleTimeout()));
    }

    @Test
    void whatAVisitorOpensIsListedInTheUsageReport(FxRobot robot) throws Exception {
        robot.clickOn("#attract-touch");
        robot.clickOn("#nav-timeline");
        Node card = robot.lookup(".event-card").match((Node node) -> node.isVisible()
                && eventTitled(robot.from(node).lookup(".event-card-title").queryAs(Label.class).getText()) != null)
                .query();
        robot.clickOn(card);
        Event event = eventTitled(robot.lookup("#detail-title").queryAs(Label.class).getText());
        assertThat(event).as("an event's detail is open").isNotNull();
        String place = event.places().get(0);
        robot.clickOn("#link-place-" + place);
        robot.clickOn("#nav-people");
        Node personCard = robot.lookup(".person-card").match(Node::isVisible).query();
        String person = personCard.getId().substring("person-card-".length());
        robot.clickOn(personCard);

        // the log is written on its own thread: the report shows the visit once the last line is on disk
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS,
                () -> java.nio.file.Files.isDirectory(usage) && report().contains("  " + person + " "));
        String report = report();
        assertThat(report).containsPattern(listed("Most opened events", event.id()))
                .containsPattern(listed("Most opened places", place))
                .containsPattern(listed("Most opened people", person))
                .containsPattern(listed("Links followed", "timeline -> map"));
    }

    private Event eventTitled(String title) {
        return exhibit.events().stream().filter(e -> e.title().equals(title)).findFirst().orElse(null);
    }

    /** {@code name} opened once, in the report's list under {@code heading}. */
    private static Pattern listed(String heading, String name) {
        return Pattern.compile(Pattern.quote(heading) + " +\\w+\\R(  .*\\R)*?  " + Pattern.quote(name) + " +1\\R");
    }

    /** What staff read: {@code --usage-report} on the kiosk's usage folder. */
    private String report() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PrintStream print = new PrintStream(out, true, StandardCharsets.UTF_8);
        assertThat(Launcher.run(new String[] {"--usage-report", usage.toString()}, print, print)).isZero();
        return out.toString(StandardCharsets.UTF_8);
    }
}
