package org.zhanaozen.kiosk.timeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.zhanaozen.kiosk.timeline.TimelineFixture.bounds;
import static org.zhanaozen.kiosk.timeline.TimelineFixture.cardOf;
import static org.zhanaozen.kiosk.timeline.TimelineFixture.groupCards;
import static org.zhanaozen.kiosk.timeline.TimelineFixture.markerOf;
import static org.zhanaozen.kiosk.timeline.TimelineFixture.visible;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.zhanaozen.kiosk.UiTest;
import org.zhanaozen.kiosk.content.Event;
import org.zhanaozen.kiosk.content.EventDate;
import org.zhanaozen.kiosk.content.Exhibit;
import org.zhanaozen.kiosk.content.Phase;
import org.zhanaozen.kiosk.content.TestContent;
import org.zhanaozen.kiosk.frame.Link;
import org.zhanaozen.kiosk.ui.Messages;
import org.zhanaozen.kiosk.ui.Motion;

@UiTest
class TimelineScreenTest {

    /** The fixture with an event dated by its year alone, so that every precision of a date is on the timeline. */
    private static final Exhibit CONTENT = TestContent.exhibit(content -> content.replace("events.json",
            "\"events\": [", """
            "events": [
                {
                  "id": "year-only", "date": "1992", "dateText": "1992", "phase": "trials",
                  "title": "The harbour closes", "text": "The harbour closes.", "places": [], "people": []
                },"""));

    private TimelineFixture f;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        f = new TimelineFixture(CONTENT, stage, 1920, 1080);
    }

    private List<Phase> phases() {
        return f.exhibit.phases();
    }

    private Event firstOfPhase(Phase phase) {
        return f.model().events().stream().filter(e -> e.phase().equals(phase.id())).findFirst().orElseThrow();
    }

    /** A day in the middle of the axis, with room to scroll either way. */
    private LocalDate middleOfTheAxis() {
        return f.model().axis().firstDay().plusDays((long) (f.model().axis().days() / 2));
    }

    private String text(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Label.class).getText();
    }

    private static double monthLine(FxRobot robot, LocalDate day) {
        return bounds(robot.lookup(String.format("#month-%d-%02d", day.getYear(), day.getMonthValue())).query()).getMinX();
    }

    @Test
    void eachEventLiesWithinItsDatesAndInDateOrder(FxRobot robot) {
        Set<EventDate.Precision> checked = EnumSet.noneOf(EventDate.Precision.class);
        for (Event event : f.model().events()) {
            EventDate date = event.date();
            double days = date.end().toEpochDay() + 1 - date.start().toEpochDay();
            // A view a little longer than the event, from a little before it; closer if it is collapsed there.
            for (double span : List.of(Math.max(TimelineModel.MIN_SPAN, days * 1.5 + 10), TimelineModel.MIN_SPAN)) {
                f.act(robot, () -> f.model().show(date.start().toEpochDay() - 5, span));
                var marker = markerOf(robot, event);
                if (marker.isEmpty()) {
                    continue;
                }
                Bounds at = bounds(marker.get());
                double monthStart = monthLine(robot, date.start());
                if (date.isPoint()) {
                    double centre = (at.getMinX() + at.getMaxX()) / 2;
                    assertThat(centre).as(event.id()).isBetween(monthStart,
                            monthLine(robot, date.start().withDayOfMonth(1).plusMonths(1)));
                } else {
                    assertThat(at.getMinX()).as(event.id()).isCloseTo(monthStart, within(2.0));
                    LocalDate after = date.end().plusDays(1);
                    // Only when the end is on screen (and the axis has a line there: none after its last month).
                    if (after.toEpochDay() < f.model().end() && after.isBefore(f.model().axis().endDay())) {
                        assertThat(at.getMaxX()).as(event.id()).isCloseTo(monthLine(robot, after), within(2.0));
                    }
                }
                checked.add(date.precision());
                break;
            }
        }
        assertThat(checked).containsExactlyInAnyOrder(EventDate.Precision.values());
    }

    @Test
    void cardsOnScreenAreInDateOrderAlongTheAxis(FxRobot robot) {
        // Views of the opening's length, one after another along the whole axis.
        TimelineAxis axis = f.model().axis();
        Set<String> seen = new HashSet<>();
        for (double start = axis.firstDay().toEpochDay(); start < axis.endDay().toEpochDay(); start += axis.openingSpan()) {
            double from = start;
            f.act(robot, () -> f.model().show(from, axis.openingSpan()));
            List<Double> starts = new ArrayList<>();
            for (Event event : f.model().events()) {
                markerOf(robot, event).ifPresent(m -> {
                    starts.add(bounds(m).getMinX());
                    seen.add(event.id());
                });
            }
            assertThat(starts).as("from day %s", from).isSorted();
        }
        assertThat(seen).as("events seen on their own").hasSizeGreaterThan(f.model().events().size() / 2);
    }

    @Test
    void opensAtTheStartOfTheStory(FxRobot robot) {
        f.act(robot, () -> { });
        TimelineAxis axis = f.model().axis();
        assertThat(f.model().start()).isLessThan(axis.storyStart().toEpochDay());
        assertThat(f.model().span()).isEqualTo(axis.openingSpan());
        Event first = f.model().events().stream().min(Comparator.comparing(e -> e.date().start())).orElseThrow();
        assertThat(cardOf(robot, first)).isPresent();
        assertThat(robot.lookup("#timeline-overlay").query().isVisible()).isFalse();
    }

    @Test
    void phaseFilterShowsOnlyChosenPhasesAndOneTapClearsIt(FxRobot robot) {
        f.act(robot, () -> f.model().show(f.model().axis().firstDay().toEpochDay(), f.model().maxSpan()));
        assertThat(robot.lookup("#show-all-phases").query().isVisible()).isFalse();
        String last = phases().get(phases().size() - 1).id();
        String first = phases().get(0).id();
        robot.clickOn("#phase-chip-" + last);
        f.act(robot, () -> { });
        assertThat(f.model().shownPhasesProperty()).containsExactly(last);
        assertThat(phasesOnScreen(robot)).containsExactly(last);
        robot.clickOn("#phase-chip-" + first);
        f.act(robot, () -> { });
        assertThat(phasesOnScreen(robot)).containsExactlyInAnyOrder(last, first);
        assertThat(robot.lookup("#show-all-phases").query().isVisible()).isTrue();
        robot.clickOn("#show-all-phases");
        f.act(robot, () -> { });
        assertThat(f.model().isFiltered()).isFalse();
        assertThat(phasesOnScreen(robot)).containsExactlyInAnyOrderElementsOf(phases().stream().map(Phase::id).toList());
    }

    @Test
    void choosingAPhaseWithNothingInViewMovesToItsFirstEvent(FxRobot robot) {
        f.act(robot, () -> { });
        double openingStart = f.model().start();
        Phase opening = phases().get(0);
        Phase later = phases().get(phases().size() - 1);
        assertThat((double) firstOfPhase(later).date().start().toEpochDay()).as("the fixture's last phase starts later")
                .isGreaterThan(f.model().end());
        robot.clickOn("#phase-chip-" + opening.id());
        f.act(robot, () -> { });
        // The first phase is what the opening view shows: it stays.
        assertThat(f.model().start()).isEqualTo(openingStart);
        robot.clickOn("#phase-chip-" + opening.id());
        robot.clickOn("#phase-chip-" + later.id());
        f.act(robot, () -> { });
        long firstLater = firstOfPhase(later).date().start().toEpochDay();
        assertThat(f.model().start()).isLessThan(firstLater);
        assertThat(f.model().end()).isGreaterThan(firstLater);
        assertThat(phasesOnScreen(robot)).containsExactly(later.id());
    }

    @Test
    void theDetailsScrimCoversTheWholeTimeline(FxRobot robot) {
        f.act(robot, () -> f.model().reveal(f.model().events().get(1)));
        Bounds scrim = bounds(robot.lookup("#timeline-scrim").query());
        Bounds screen = bounds(f.screen.view());
        assertThat(scrim.getMinX()).isLessThanOrEqualTo(screen.getMinX());
        assertThat(scrim.getMinY()).isLessThanOrEqualTo(screen.getMinY());
        assertThat(scrim.getMaxX()).isGreaterThanOrEqualTo(screen.getMaxX());
        assertThat(scrim.getMaxY()).isGreaterThanOrEqualTo(screen.getMaxY());
    }

    private Set<String> phasesOnScreen(FxRobot robot) {
        return visible(robot, ".event-card").stream()
                .flatMap(card -> ((EventCard) card).group().members().stream())
                .map(Event::phase).collect(java.util.stream.Collectors.toSet());
    }

    @Test
    void tappingAnEventOpensItsDetailAndCloseKeepsTheView(FxRobot robot) {
        Event strike = f.model().events().get(1);
        f.act(robot, () -> f.model().show(strike.date().start().toEpochDay() - 10, TimelineModel.MIN_SPAN * 2));
        double start = f.model().start();
        double span = f.model().span();
        robot.clickOn(cardOf(robot, strike).orElseThrow());
        assertThat(text(robot, "#detail-date")).isEqualTo(strike.dateText());
        assertThat(text(robot, "#detail-title")).isEqualTo(strike.title());
        assertThat(text(robot, "#detail-text")).isEqualTo(strike.text());
        robot.clickOn("#timeline-close");
        assertThat(f.model().openEventProperty().get()).isNull();
        assertThat(robot.lookup("#timeline-overlay").query().isVisible()).isFalse();
        assertThat(f.model().start()).isEqualTo(start);
        assertThat(f.model().span()).isEqualTo(span);
    }

    @Test
    void aGroupExpandsOnTapIntoItsEvents(FxRobot robot) {
        f.act(robot, () -> f.model().show(f.model().axis().firstDay().toEpochDay(), f.model().maxSpan()));
        EventCard group = groupCards(robot).get(0);
        List<Event> members = group.group().members();
        // A group lists its first titles that show whole, then "+N more".
        assertThat(robot.from(group).lookup(".event-card-group-line").queryAs(Label.class).getText())
                .isIn(members.get(0).title(), Messages.text("timeline.group.more", members.size()));
        robot.clickOn(group);
        for (Event member : members) {
            assertThat(robot.lookup("#group-item-" + member.id()).tryQuery()).isPresent();
        }
        robot.clickOn("#group-item-" + members.get(1).id());
        assertThat(text(robot, "#detail-title")).isEqualTo(members.get(1).title());
    }

    @Test
    void placeAndPersonChipsNavigate(FxRobot robot) {
        Event extradition = f.model().events().stream()
                .filter(e -> !e.places().isEmpty() && !e.people().isEmpty()).findFirst().orElseThrow();
        f.act(robot, () -> f.model().reveal(extradition));
        assertThat(robot.lookup(".link-chip").queryAll())
                .hasSize(extradition.places().size() + extradition.people().size());
        String place = extradition.places().get(0);
        robot.clickOn("#link-place-" + place);
        assertThat(f.fake.opened).containsExactly(new Link.ToPlace(place));
        assertThat(f.navigator.current()).isSameAs(f.fake);

        f.act(robot, () -> f.navigator.go(f.screen));
        String person = extradition.people().get(0);
        robot.clickOn("#link-person-" + person);
        assertThat(f.fake.opened).containsExactly(new Link.ToPlace(place), new Link.ToPerson(person));
    }

    @Test
    void arrowAndPageKeysScroll(FxRobot robot) {
        f.act(robot, () -> f.model().show(middleOfTheAxis().toEpochDay(), 100));
        robot.type(KeyCode.RIGHT);
        assertThat(f.model().start()).isCloseTo(middleOfTheAxis().toEpochDay() + 20, within(0.01));
        robot.type(KeyCode.PAGE_DOWN);
        assertThat(f.model().start()).isCloseTo(middleOfTheAxis().toEpochDay() + 100, within(0.01));
        robot.type(KeyCode.PAGE_UP);
        robot.type(KeyCode.LEFT);
        assertThat(f.model().start()).isCloseTo(middleOfTheAxis().toEpochDay(), within(0.01));
    }

    @Test
    void zoomButtonsAndKeysZoomAboutTheMiddle(FxRobot robot) {
        double middle = f.model().start() + f.model().span() / 2;
        double span = f.model().span();
        robot.clickOn("#zoom-in");
        assertThat(f.model().span()).isCloseTo(span / 2, within(0.01));
        assertThat(f.model().start() + f.model().span() / 2).isCloseTo(middle, within(0.01));
        robot.clickOn("#zoom-out");
        robot.clickOn("#zoom-out");
        assertThat(f.model().span()).isCloseTo(span * 2, within(0.01));
        // as far out as it goes
        robot.type(KeyCode.MINUS);
        robot.type(KeyCode.MINUS);
        assertThat(f.model().span()).isEqualTo(f.model().maxSpan());
        assertThat(robot.lookup("#zoom-out").query().isDisabled()).isTrue();
        robot.type(KeyCode.ADD);
        assertThat(f.model().span()).isCloseTo(f.model().maxSpan() / 2, within(0.01));
    }

    @Test
    void yearButtonsAndScrubberJump(FxRobot robot) {
        List<Integer> years = f.model().axis().years();
        int last = years.get(years.size() - 1);
        robot.clickOn("#year-" + last);
        // The year's start, or a little before where a card cut at the view's start is brought in whole.
        assertThat(f.model().start()).isGreaterThanOrEqualTo(LocalDate.of(last - 1, 11, 1).toEpochDay())
                .isLessThanOrEqualTo(LocalDate.of(last, 1, 1).toEpochDay());
        Node scrubberNode = robot.lookup("#scrubber").query();
        Bounds scrubber = scrubberNode.localToScreen(scrubberNode.getBoundsInLocal());
        robot.clickOn(scrubber.getMinX() + scrubber.getWidth() * 0.5, scrubber.getCenterY());
        double middle = f.model().start() + f.model().span() / 2;
        assertThat(middle).isCloseTo(middleOfTheAxis().toEpochDay(), within(20.0));
    }

    @Test
    void aFlingKeepsMovingAndSlowsToAStop(FxRobot robot) {
        f.act(robot, () -> f.model().show(middleOfTheAxis().toEpochDay(), 100));
        double start = f.model().start();
        f.act(robot, () -> f.model().fling(100));
        f.act(robot, () -> f.pulse.advance(0.2));
        double early = f.model().start() - start;
        assertThat(early).isGreaterThan(5);
        f.act(robot, () -> f.pulse.advance(0.2));
        double later = f.model().start() - start - early;
        assertThat(later).isPositive().isLessThan(early);
        f.act(robot, () -> f.pulse.advance(10));
        assertThat(f.pulse.isRunning()).isFalse();
        assertThat(f.model().velocityProperty().get()).isZero();
        // friction 3/s: the whole throw travels 100/3 days
        assertThat(f.model().start() - start).isCloseTo(100 / 3.0, within(2.0));
    }

    @Test
    void aDragScrollsByTheDistanceDragged(FxRobot robot) {
        f.act(robot, () -> f.model().show(middleOfTheAxis().toEpochDay(), 100));
        double start = f.model().start();
        double pixelsPerDay = ((TimelineView) f.screen.view()).pane().pixelsPerDay();
        Node paneNode = robot.lookup("#timeline-pane").query();
        Bounds pane = paneNode.localToScreen(paneNode.getBoundsInLocal());
        robot.drag(pane.getMinX() + 1000, pane.getMinY() + 60).dropBy(-300, 0);
        f.act(robot, () -> f.model().stopMotion());
        assertThat(f.model().start() - start).isCloseTo(300 / pixelsPerDay, within(2.0));
    }

    @Test
    void resetRestoresTheOpeningState(FxRobot robot) {
        double start = f.model().start();
        double span = f.model().span();
        f.act(robot, () -> {
            f.model().zoomIn();
            f.model().scrollBy(200);
            f.model().togglePhase(phases().get(phases().size() - 1).id());
            f.model().reveal(f.model().events().get(3));
            f.model().fling(50);
        });
        f.act(robot, f.screen::reset);
        assertThat(f.model().start()).isEqualTo(start);
        assertThat(f.model().span()).isEqualTo(span);
        assertThat(f.model().isFiltered()).isFalse();
        assertThat(f.model().openEventProperty().get()).isNull();
        assertThat(f.pulse.isRunning()).isFalse();
        assertThat(robot.lookup("#timeline-overlay").query().isVisible()).isFalse();
        assertThat(robot.lookup("#show-all-phases").query().isVisible()).isFalse();
    }

    @Test
    void followingALinkToAnEventScrollsToItAndOpensIt(FxRobot robot) {
        Event late = f.model().events().get(f.model().events().size() - 1);
        f.act(robot, () -> f.navigator.go(f.fake));
        assertThat(f.navigator.canFollow(new Link.ToEvent(late.id()))).isTrue();
        assertThat(f.navigator.canFollow(new Link.ToEvent("no-such-event"))).isFalse();
        f.act(robot, () -> f.navigator.follow(new Link.ToEvent(late.id())));
        assertThat(f.navigator.current()).isSameAs(f.screen);
        assertThat(text(robot, "#detail-title")).isEqualTo(late.title());
        assertThat((double) late.date().start().toEpochDay()).isBetween(f.model().start(), f.model().end());
    }

    @Test
    void withoutTransitionsALinkLandsOnItsEventAtOnce(FxRobot robot) {
        Event late = f.model().events().get(f.model().events().size() - 1);
        f.act(robot, () -> f.navigator.follow(new Link.ToEvent(late.id())));
        assertThat(f.pulse.isRunning()).isFalse();
        assertThat((double) late.date().start().toEpochDay()).isBetween(f.model().start(), f.model().end());
    }

    @Test
    void withTransitionsALinkGlidesToWhereItWouldJump(FxRobot robot) {
        Event late = f.model().events().get(f.model().events().size() - 1);
        f.act(robot, () -> f.navigator.follow(new Link.ToEvent(late.id())));
        double jumpStart = f.model().start();
        double jumpSpan = f.model().span();

        robot.interact(() -> f = new TimelineFixture(CONTENT, stage, 1920, 1080, Motion.SMOOTH));
        f.act(robot, () -> f.model().zoomOut());
        double openingStart = f.model().start();
        f.act(robot, () -> f.navigator.follow(new Link.ToEvent(late.id())));
        assertThat(f.pulse.isRunning()).isTrue();
        assertThat(text(robot, "#detail-title")).isEqualTo(late.title());
        f.act(robot, () -> f.pulse.advance(0.3));
        // Part of the way: moving towards the event, not there yet.
        assertThat(f.model().start()).isGreaterThan(openingStart).isLessThan(jumpStart);
        f.act(robot, () -> f.pulse.advance(2));
        assertThat(f.pulse.isRunning()).isFalse();
        assertThat(f.model().start()).isEqualTo(jumpStart);
        assertThat(f.model().span()).isEqualTo(jumpSpan);
    }

    @Test
    void aTouchStopsAGlide(FxRobot robot) {
        robot.interact(() -> f = new TimelineFixture(CONTENT, stage, 1920, 1080, Motion.SMOOTH));
        Event late = f.model().events().get(f.model().events().size() - 1);
        f.act(robot, () -> f.navigator.follow(new Link.ToEvent(late.id())));
        f.act(robot, () -> f.pulse.advance(0.2));
        f.act(robot, () -> f.model().stopMotion());
        double stopped = f.model().start();
        f.act(robot, () -> f.pulse.advance(2));
        assertThat(f.model().start()).isEqualTo(stopped);
        assertThat((double) late.date().start().toEpochDay()).isGreaterThan(f.model().end());
    }

    @Test
    void noTwoLabelsOverlapAtAnyZoom(FxRobot robot) {
        f.assertNothingOverlapsAtAnyZoom(robot);
    }
}
