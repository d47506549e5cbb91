package org.zhanaozen.kiosk.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.zhanaozen.kiosk.UiTest;
import org.zhanaozen.kiosk.WholeKiosk;
import org.zhanaozen.kiosk.content.Event;
import org.zhanaozen.kiosk.ui.Messages;

/** Issue 12's timeline defects at 1080×1920, where two columns of cards fit: through the whole kiosk, by taps. */
@UiTest
class TimelineFirstVisitPortraitTest {

    @TempDir
    Path temp;

    private WholeKiosk kiosk;

    @Start
    void start(Stage stage) {
        kiosk = WholeKiosk.start(stage, temp, 1080, 1920);
        stage.show();
    }

    @Test
    void theOpeningTimelineCutsNoCard(FxRobot robot) {
        new TimelineVisit(kiosk, robot).open().assertEveryCardWhole("the opening view in portrait");
    }

    @Test
    void groupingNeverHidesKeyEventsAndGroupCardsListTheirTitles(FxRobot robot) {
        TimelineVisit visit = new TimelineVisit(kiosk, robot).open();
        visit.zoomAllTheWayOut();
        for (String key : List.of("1991-12-16-crackdown", "1991-12-17-emergency")) {
            assertThat(visit.cardOf(key)).as("the key event %s", key).isPresent()
                    .get().satisfies(card -> assertThat(card.group().isSingle()).as("%s has a card of its own", key).isTrue());
        }
        List<EventCard> groups = visit.cards().stream().filter(card -> !card.group().isSingle()).toList();
        assertThat(groups).as("zoomed out, close events still fold into groups").isNotEmpty();
        for (EventCard group : groups) {
            List<Event> members = group.group().members();
            List<String> lines = robot.from(group).lookup(".event-card-group-line").match(Node::isVisible)
                    .queryAllAs(Label.class).stream().map(Label::getText).toList();
            assertThat(lines).isNotEmpty();
            if (lines.size() == members.size()) {
                assertThat(lines).isEqualTo(members.stream().map(Event::title).toList());
            } else {
                int listed = lines.size() - 1;
                assertThat(lines.subList(0, listed)).isEqualTo(members.subList(0, listed).stream().map(Event::title).toList());
                assertThat(lines.get(listed)).isEqualTo(Messages.text("timeline.group.more", members.size() - listed));
            }
        }
        assertThat(groups).as("a group with more events than lines ends in \"+N more\"")
                .anySatisfy(group -> assertThat(group.group().titleLines()).hasSizeLessThan(group.group().members().size()));
    }
}
