package org.zhanaozen.kiosk.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.image.ImageView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.zhanaozen.kiosk.UiTest;
import org.zhanaozen.kiosk.WholeKiosk;
import org.zhanaozen.kiosk.importer.ImportTimelineJsCommand;

/**
 * A TimelineJS timeline imported with --import-timelinejs and run as the kiosk runs it, visited by taps alone: its
 * events and eras on the timeline, an event's image with its credit, and only the screens the import has.
 */
@UiTest
class ImportedTimelineVisitTest {

    /** A timeline of one year: the timeline's axis is that year, and zoomed all the way out it shows whole. */
    private static final String TIMELINE = """
            { "title": { "text": { "headline": "Ferry Workers United", "text": "<p>A crossing, stopped.</p>" } },
              "eras": [
                { "start_date": { "year": "1994", "month": "1" }, "end_date": { "year": "1994", "month": "5" },
                  "text": { "headline": "Before the vote" } },
                { "start_date": { "year": "1994", "month": "6" }, "end_date": { "year": "1994", "month": "12" },
                  "text": { "headline": "After the vote" } } ],
              "events": [
                { "unique_id": "deckhands-meet", "start_date": { "year": "1994", "month": "2", "day": "10" },
                  "text": { "headline": "Deckhands meet", "text": "In the canteen &amp; on deck." }, "group": "Crew" },
                { "unique_id": "ballot", "start_date": { "year": "1994", "month": "6", "day": "20" },
                  "text": { "headline": "The ballot" }, "group": "Crew",
                  "media": { "url": "ballot.png", "caption": "Counting the votes", "credit": "Photo: Crew committee",
                             "alt": "Hands over a ballot box" } },
                { "unique_id": "last-sailing", "start_date": { "year": "1994", "month": "10", "day": "25" },
                  "text": { "headline": "The last sailing" }, "group": "Owners" } ] }
            """;
    /** A 2×2 PNG, the ballot's photograph. */
    private static final byte[] PNG = Base64.getDecoder().decode(
            "iVBORw0KGgoAAAANSUhEUgAAAAIAAAACCAIAAAD91JpzAAAAEElEQVR4nGM446IERAwQCgAkLgTJUqAyAAAAAABJRU5ErkJggg==");

    @TempDir
    Path temp;

    private WholeKiosk kiosk;

    @Start
    void start(Stage stage) throws IOException {
        Path source = Files.createDirectories(temp.resolve("timeline"));
        Files.write(source.resolve("ballot.png"), PNG);
        Path timeline = Files.writeString(source.resolve("ferry.json"), TIMELINE);
        Path content = temp.resolve("content");
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        int exit = ImportTimelineJsCommand.run(timeline, content, new PrintStream(printed, true, StandardCharsets.UTF_8));
        if (exit != 0) {
            throw new UncheckedIOException(new IOException(printed.toString(StandardCharsets.UTF_8)));
        }
        kiosk = WholeKiosk.startOn(stage, temp, content, 1920, 1080);
        stage.show();
    }

    private static String text(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Label.class).getText();
    }

    @Test
    void theImportedTimelineShowsItsEventsErasAndAnImageWithItsCredit(FxRobot robot) throws TimeoutException {
        TimelineVisit visit = new TimelineVisit(kiosk, robot).open();

        assertThat(robot.lookup("#navigation-bar").queryAs(Parent.class).getChildrenUnmodifiable())
                .extracting(Node::getId).as("a timeline has no places, people, demands, context or closing call")
                .containsExactly("nav-home", "nav-timeline");

        visit.zoomAllTheWayOut();
        assertThat(visit.cardOf("deckhands-meet")).isPresent();
        assertThat(visit.cardOf("ballot")).isPresent();
        assertThat(visit.cardOf("last-sailing")).isPresent();
        assertThat(visit.showing("#era-1")).isTrue();
        assertThat(visit.showing("#era-2")).isTrue();
        assertThat(text(robot, "#era-1")).isEqualTo("Before the vote");
        assertThat(text(robot, "#era-2")).isEqualTo("After the vote");
        Node firstEra = robot.lookup("#era-1").query();
        Node secondEra = robot.lookup("#era-2").query();
        assertThat(firstEra.localToScene(firstEra.getLayoutBounds()).getMaxX())
                .as("the eras follow each other along the axis")
                .isLessThanOrEqualTo(secondEra.localToScene(secondEra.getLayoutBounds()).getMinX() + 1);

        robot.clickOn(visit.cardOf("ballot").orElseThrow());
        assertThat(text(robot, "#detail-title")).isEqualTo("The ballot");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> visit.showing("#detail-image"));
        ImageView image = robot.lookup("#detail-image").queryAs(ImageView.class);
        assertThat(image.getImage().getWidth()).isPositive();
        assertThat(image.getAccessibleText()).isEqualTo("Hands over a ballot box");
        assertThat(text(robot, "#detail-caption")).isEqualTo("Counting the votes");
        assertThat(text(robot, "#detail-credit")).isEqualTo("Photo: Crew committee");
        assertThat(visit.showing("#detail-credit")).isTrue();

        robot.clickOn("#timeline-close");
        robot.clickOn(visit.cardOf("deckhands-meet").orElseThrow());
        assertThat(text(robot, "#detail-text")).isEqualTo("In the canteen & on deck.");
        assertThat(visit.showing("#detail-media")).as("an event without media shows none").isFalse();
    }
}
