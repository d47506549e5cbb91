package org.zhanaozen.kiosk.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.format.TextStyle;
import java.util.List;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.Pane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.zhanaozen.kiosk.TestStages;
import org.zhanaozen.kiosk.UiTest;
import org.zhanaozen.kiosk.content.Event;
import org.zhanaozen.kiosk.content.EventDate;
import org.zhanaozen.kiosk.content.Phase;
import org.zhanaozen.kiosk.ui.Theme;

/**
 * A group card across years whose months do not fit beside its badges names its years whole instead of months cut
 * short (found when an edit of the content regrouped the zoomed-out timeline: "Nov 2012 – Dec 2…").
 */
@UiTest
class GroupCardDateTest {

    private static final List<Phase> PHASES = List.of(new Phase("a", "A", 0), new Phase("b", "B", 1),
            new Phase("c", "C", 2), new Phase("d", "D", 3), new Phase("e", "E", 4), new Phase("f", "F", 5));

    private final Pane holder = new Pane();

    @Start
    void start(Stage stage) {
        Scene scene = new Scene(holder, 800, 400);
        Theme.apply(scene);
        holder.getStylesheets().add(Theme.stylesheet("timeline/timeline.css"));
        TestStages.show(stage, scene);
        stage.show();
    }

    private static Event event(String id, String date, String phase) {
        return new Event(id, EventDate.parse(date), date, phase, "Title " + id, null, List.of(), List.of(), List.of(),
                List.of(), false, null);
    }

    /** A card of this width showing a group of these events, laid out. */
    private EventCard show(FxRobot robot, double width, List<Event> members) {
        List<TimelineLayout.Mark> marks = members.stream().map(e -> new TimelineLayout.Mark(e.id(), e.phase(),
                e.date().start().toEpochDay(), e.date().end().toEpochDay() + 1, true)).toList();
        TimelineLayout.Group group = new TimelineLayout.Group("g", 0, members, 0, 0, 0, marks, List.of());
        EventCard card = new EventCard(PHASES, tapped -> { });
        robot.interact(() -> {
            holder.getChildren().setAll(card);
            card.bind(group);
            card.resize(width, 160);
            holder.applyCss();
            card.layout();
        });
        return card;
    }

    private static Label date(EventCard card) {
        return (Label) card.lookup(".event-card-date");
    }

    @Test
    void aGroupAcrossYearsWithManyPhasesNamesItsYearsWhole(FxRobot robot) {
        List<Event> members = List.of(event("one", "1992-11-03", "a"), event("two", "1993-02-10", "b"),
                event("three", "1993-05-01", "c"), event("four", "1993-07-01", "d"), event("five", "1993-12-20", "e"));
        EventCard card = show(robot, 200, members);
        assertThat(date(card).getText()).isEqualTo("1992 – 1993");
        assertThat(date(card).getWidth()).as("shown whole").isGreaterThanOrEqualTo(date(card).prefWidth(-1) - 0.5);
    }

    @Test
    void aGroupWhoseMonthsFitKeepsThem(FxRobot robot) {
        List<Event> members = List.of(event("one", "1992-11-03", "a"), event("two", "1993-02-10", "a"));
        EventCard card = show(robot, 600, members);
        assertThat(date(card).getText()).isEqualTo(EventCard.months(members, TextStyle.SHORT));
    }
}
