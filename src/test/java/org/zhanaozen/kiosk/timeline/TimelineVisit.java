package org.zhanaozen.kiosk.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import org.testfx.api.FxRobot;
import org.zhanaozen.kiosk.WholeKiosk;
import org.zhanaozen.kiosk.content.Event;

/** A visitor on the timeline of the whole kiosk: how the first-visit tests get there and read what shows. */
final class TimelineVisit {

    private final WholeKiosk kiosk;
    private final FxRobot robot;

    TimelineVisit(WholeKiosk kiosk, FxRobot robot) {
        this.kiosk = kiosk;
        this.robot = robot;
    }

    /** From the attract state, as a first-time visitor: a touch, then the timeline's button. */
    TimelineVisit open() {
        robot.clickOn("#attract-touch");
        robot.clickOn("#nav-timeline");
        return this;
    }

    TimelineModel model() {
        return kiosk.frame().navigator().orElseThrow().screens().stream()
                .filter(TimelineScreen.class::isInstance).map(s -> ((TimelineScreen) s).model()).findFirst().orElseThrow();
    }

    Event event(String id) {
        return model().events().stream().filter(e -> e.id().equals(id)).findFirst().orElseThrow();
    }

    List<EventCard> cards() {
        return robot.lookup(".event-card").match(Node::isVisible).queryAllAs(EventCard.class).stream().toList();
    }

    Optional<EventCard> cardOf(String eventId) {
        return cards().stream().filter(c -> c.group().members().stream().anyMatch(e -> e.id().equals(eventId))).findFirst();
    }

    boolean showing(String query) {
        return robot.lookup(query).match(Node::isVisible).tryQuery().isPresent();
    }

    /** No card shows cut at the start or the end of the time axis (under the gutter, or past the pane's edge). */
    void assertEveryCardWhole(String view) {
        Node pane = robot.lookup("#timeline-pane").query();
        boolean vertical = pane.getLayoutBounds().getHeight() > pane.getLayoutBounds().getWidth();
        Bounds area = pane.localToScene(pane.getLayoutBounds());
        Bounds gutter = robot.lookup(".timeline-gutter").query().localToScene(
                robot.lookup(".timeline-gutter").query().getLayoutBounds());
        assertThat(cards()).as("cards in %s", view).isNotEmpty();
        for (EventCard card : cards()) {
            Bounds b = card.localToScene(card.getLayoutBounds());
            String what = view + ": the card of " + card.group().members().get(0).id();
            if (vertical) {
                assertThat(b.getMinY()).as(what).isGreaterThanOrEqualTo(gutter.getMaxY() - 0.5);
                assertThat(b.getMaxY()).as(what).isLessThanOrEqualTo(area.getMaxY() + 0.5);
            } else {
                assertThat(b.getMinX()).as(what).isGreaterThanOrEqualTo(gutter.getMaxX() - 0.5);
                assertThat(b.getMaxX()).as(what).isLessThanOrEqualTo(area.getMaxX() + 0.5);
            }
        }
    }

    /** Taps zoom out until the whole axis shows. */
    void zoomAllTheWayOut() {
        while (!robot.lookup("#zoom-out").query().isDisabled()) {
            robot.clickOn("#zoom-out");
        }
    }
}
