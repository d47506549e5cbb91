package org.zhanaozen.kiosk.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.zhanaozen.kiosk.UiTest;
import org.zhanaozen.kiosk.content.Exhibit;
import org.zhanaozen.kiosk.content.TestContent;

/** 2,000 generated events: labels still never overlap, and only what is visible exists as nodes. */
@UiTest
class TimelineAtScaleTest {

    private static final Exhibit GENERATED = GeneratedContent.withEvents(TestContent.exhibit(), 2000);
    private TimelineFixture f;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        f = new TimelineFixture(GENERATED, stage, 1920, 1080);
    }

    @Test
    void noTwoLabelsOverlapAtAnyZoomInLandscape(FxRobot robot) {
        f.assertNothingOverlapsAtAnyZoom(robot);
    }

    @Test
    void noTwoLabelsOverlapAtAnyZoomInPortrait(FxRobot robot) {
        robot.interact(() -> f = new TimelineFixture(GENERATED, stage, 1080, 1920));
        assertThat(((TimelineView) f.screen.view()).pane().isVertical()).isTrue();
        f.assertNothingOverlapsAtAnyZoom(robot);
    }

    @Test
    void aPinchKeepsItsGroupingWithoutOverlapAndRegroupsWhenItEnds(FxRobot robot) {
        TimelinePane pane = ((TimelineView) f.screen.view()).pane();
        f.act(robot, () -> f.model().show(f.model().axis().firstDay().toEpochDay() + 300, f.model().maxSpan()));
        TimelineLayout atStart = pane.timelineLayout();
        f.act(robot, pane::beginZoomGesture);
        while (f.model().canZoomIn()) {
            f.act(robot, () -> f.model().zoomBy(0.93, f.model().start() + f.model().span() * 0.4));
            TimelineFixture.assertNoOverlap(TimelineFixture.visible(robot, ".event-card"), "pinching in, span " + f.model().span());
        }
        // Zooming in, the cards only spread apart: the grouping of the pinch's start serves all the way in.
        assertThat(pane.timelineLayout()).isSameAs(atStart);
        f.act(robot, pane::endZoomGesture);
        TimelineLayout closeUp = pane.timelineLayout();
        assertThat(closeUp).isNotSameAs(atStart);
        f.act(robot, pane::beginZoomGesture);
        while (f.model().canZoomOut()) {
            f.act(robot, () -> f.model().zoomBy(1 / 0.93, f.model().start() + f.model().span() * 0.4));
            TimelineFixture.assertNoOverlap(TimelineFixture.visible(robot, ".event-card"), "pinching out, span " + f.model().span());
        }
        // Zooming out, the close-up's cards would overlap: it regroups on the way.
        assertThat(pane.timelineLayout()).isNotSameAs(closeUp);
        f.act(robot, pane::endZoomGesture);
        assertThat(TimelineFixture.visible(robot, ".event-card")).isNotEmpty();
    }

    @Test
    void aPinchOutRegroupsAtMostOncePerDoublingOfTheSpan(FxRobot robot) {
        TimelinePane pane = ((TimelineView) f.screen.view()).pane();
        f.act(robot, () -> f.model().show(f.model().axis().firstDay().toEpochDay() + 300, TimelineModel.MIN_SPAN));
        f.act(robot, pane::beginZoomGesture);
        Set<TimelineLayout> groupings = Collections.newSetFromMap(new IdentityHashMap<>());
        groupings.add(pane.timelineLayout());
        while (f.model().canZoomOut()) {
            f.act(robot, () -> f.model().zoomBy(1 / 0.93, f.model().start() + f.model().span() * 0.4),
                    () -> TimelineFixture.assertEveryLookMatches(f.scene.getRoot(), "pinching out, span " + f.model().span()));
            groupings.add(pane.timelineLayout());
        }
        f.act(robot, pane::endZoomGesture);
        double doublings = Math.log(f.model().maxSpan() / TimelineModel.MIN_SPAN) / Math.log(2);
        // The opening grouping, then at most one a doubling (zooming out 7% a frame it would otherwise be two).
        assertThat(groupings.size()).isGreaterThan(2).isLessThanOrEqualTo(1 + (int) Math.ceil(doublings));
    }

    @Test
    void onlyVisibleCardsAreBuilt(FxRobot robot) {
        f.act(robot, () -> f.model().show(f.model().axis().firstDay().toEpochDay(), f.model().maxSpan()));
        for (int i = 0; i < 40; i++) {
            double factor = i % 2 == 0 ? 0.7 : 1 / 0.7;
            f.act(robot, () -> f.model().zoomBy(factor, f.model().start() + 100));
        }
        for (int i = 0; i < 40; i++) {
            f.act(robot, () -> f.model().scrollBy(13));
        }
        int cardNodes = robot.lookup(".event-card").queryAll().size();
        // A 1920-px axis holds about 5 cards per row, 4 rows: the pool stays near that, never near 2,000.
        assertThat(cardNodes).isLessThan(100);
        assertThat(TimelineFixture.visible(robot, ".event-card")).isNotEmpty();
    }
}
