package org.zhanaozen.kiosk.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.css.PseudoClass;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.BackgroundFill;
import javafx.scene.layout.Region;
import javafx.scene.paint.Paint;
import javafx.stage.Stage;
import org.testfx.api.FxRobot;
import org.zhanaozen.kiosk.TestStages;
import org.zhanaozen.kiosk.content.Event;
import org.zhanaozen.kiosk.content.Exhibit;
import org.zhanaozen.kiosk.frame.KioskFrame;
import org.zhanaozen.kiosk.frame.Link;
import org.zhanaozen.kiosk.frame.Navigator;
import org.zhanaozen.kiosk.frame.Screen;
import org.zhanaozen.kiosk.ui.Motion;
import org.zhanaozen.kiosk.ui.Theme;

/** A timeline screen in a kiosk frame, with a fake screen for places and people, and checks shared by the tests. */
final class TimelineFixture {

    /** Stands for the map and people screens: it can open places and people, and remembers what it was asked. */
    static final class FakeScreen implements Screen {
        final List<Link> opened = new ArrayList<>();
        private final Label view = new Label("fake");

        @Override
        public String id() {
            return "fake";
        }

        @Override
        public String title() {
            return "Fake";
        }


        @Override
        public Node view() {
            return view;
        }

        @Override
        public void reset() {
        }

        @Override
        public boolean canOpen(Link link) {
            return link instanceof Link.ToPlace || link instanceof Link.ToPerson;
        }

        @Override
        public void open(Link link) {
            opened.add(link);
        }
    }

    final Exhibit exhibit;
    final ManualPulse pulse = new ManualPulse();
    final Navigator navigator = new Navigator();
    final TimelineScreen screen;
    final FakeScreen fake = new FakeScreen();
    final Scene scene;

    TimelineFixture(Exhibit exhibit, Stage stage, int width, int height) {
        this(exhibit, stage, width, height, Motion.NONE);
    }

    TimelineFixture(Exhibit exhibit, Stage stage, int width, int height, Motion motion) {
        this.exhibit = exhibit;
        Theme.loadFonts();
        screen = new TimelineScreen(exhibit, navigator, pulse, motion);
        navigator.register(screen);
        navigator.register(fake);
        scene = new Scene(new KioskFrame(navigator).root(), width, height);
        Theme.apply(scene);
        TestStages.show(stage, scene);
        stage.show();
        // keys go to the focused window: a stage an earlier test class showed in this JVM may still hold it
        stage.toFront();
        stage.requestFocus();
    }

    TimelineModel model() {
        return screen.model();
    }

    /** Runs a change on the FX thread and lays the scene out, as the next pulse would. */
    void act(FxRobot robot, Runnable change) {
        act(robot, change, () -> { });
    }

    /** As {@link #act(FxRobot, Runnable)}, then runs {@code check} on that frame, before any later pulse restyles it. */
    void act(FxRobot robot, Runnable change, Runnable check) {
        robot.interact(() -> {
            change.run();
            scene.getRoot().applyCss();
            scene.getRoot().layout();
            check.run();
        });
    }

    static Bounds bounds(Node node) {
        return node.localToScene(node.getBoundsInLocal());
    }

    static List<Node> visible(FxRobot robot, String query) {
        return robot.lookup(query).queryAll().stream().filter(TimelineFixture::showing).toList();
    }

    /** As {@link #visible(FxRobot, String)}, on the FX thread. */
    static List<Node> visible(Node root, String query) {
        return root.lookupAll(query).stream().filter(TimelineFixture::showing).toList();
    }

    /** The card showing {@code event} alone, if one is on screen. */
    static Optional<EventCard> cardOf(FxRobot robot, Event event) {
        return visible(robot, ".event-card").stream().map(EventCard.class::cast)
                .filter(card -> card.group().isSingle() && card.group().members().get(0).equals(event)).findFirst();
    }

    /** The cards on screen that collapse several events. */
    static List<EventCard> groupCards(FxRobot robot) {
        return visible(robot, ".event-card").stream().map(EventCard.class::cast)
                .filter(card -> !card.group().isSingle()).toList();
    }

    /** The marker of {@code event} when it has its own card (a collapsed group marks its events together). */
    static Optional<EventMarker> markerOf(FxRobot robot, Event event) {
        return visible(robot, ".event-marker").stream().map(EventMarker.class::cast)
                .filter(m -> m.group().isSingle() && m.group().members().get(0).equals(event)).findFirst();
    }

    private static boolean showing(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return true;
    }

    /** No two visible nodes of the query overlap (touching edges allowed). */
    static void assertNoOverlap(List<Node> nodes, String where) {
        List<Bounds> all = nodes.stream().map(TimelineFixture::bounds)
                .sorted(Comparator.comparingDouble(Bounds::getMinX)).toList();
        for (int i = 0; i < all.size(); i++) {
            for (int j = i + 1; j < all.size(); j++) {
                Bounds a = all.get(i);
                Bounds b = all.get(j);
                boolean overlap = a.getMinX() < b.getMaxX() - 0.5 && b.getMinX() < a.getMaxX() - 0.5
                        && a.getMinY() < b.getMaxY() - 0.5 && b.getMinY() < a.getMaxY() - 0.5;
                assertThat(overlap).as("%s: %s overlaps %s", where, a, b).isFalse();
            }
        }
    }

    /**
     * Pooled cards and markers are rebound as the view moves: each shows the look of what it shows now, styled in the
     * same layout pass (a marker in its phase's colour, a dot only for a single day; a card's accent in its event's
     * phase colour, or the group look). Runs on the FX thread, in the frame it checks (see {@link #act}).
     */
    private static String slotClass(Node node) {
        return node.getStyleClass().stream().filter(c -> c.matches("phase-[0-9]+")).findFirst().orElseThrow();
    }

    static void assertEveryLookMatches(Node root, String where) {
        // the colour of each phase's slot, from the strip's badges; each phase's slot, from the legend's chips
        Map<String, Paint> slotColours = new HashMap<>();
        for (Node badge : root.lookupAll(".strip-badge")) {
            slotColours.put(slotClass(badge), ((Region) badge).getBackground().getFills().get(0).getFill());
        }
        Map<String, Paint> phaseColours = new HashMap<>();
        for (Node chip : root.lookupAll(".phase-chip")) {
            phaseColours.put(chip.getId().substring("phase-chip-".length()),
                    slotColours.get(slotClass(chip.lookup(".phase-badge"))));
        }
        PseudoClass point = PseudoClass.getPseudoClass("point");
        PseudoClass group = PseudoClass.getPseudoClass("group");
        for (Node node : visible(root, ".event-marker")) {
            EventMarker marker = (EventMarker) node;
            List<BackgroundFill> fills = marker.getBackground().getFills();
            assertThat(fills.get(fills.size() - 1).getFill()).as(where + ": colour of " + marker.mark())
                    .isEqualTo(phaseColours.get(marker.mark().phase()));
            assertThat(marker.getPseudoClassStates().contains(point)).as(where + ": dot or bar " + marker.mark())
                    .isEqualTo(marker.mark().point());
        }
        for (Node node : visible(root, ".event-card")) {
            EventCard card = (EventCard) node;
            assertThat(card.getPseudoClassStates().contains(group)).as(where + ": group look of " + card.group().key())
                    .isEqualTo(!card.group().isSingle());
            if (card.group().isSingle()) {
                assertThat(card.getBorder().getStrokes().get(0).getLeftStroke()).as(where + ": accent of " + card.group().key())
                        .isEqualTo(phaseColours.get(card.group().members().get(0).phase()));
            }
        }
    }

    /** With the end of the axis in view, the last cards end on the axis: there is no scrolling further to see them. */
    private void assertWithinTheAxisEnd(FxRobot robot, List<Node> cards, String where) {
        TimelinePane pane = ((TimelineView) screen.view()).pane();
        Bounds axis = bounds(pane);
        for (Node card : cards) {
            Bounds at = bounds(card);
            double end = pane.isVertical() ? at.getMaxY() - axis.getMaxY() : at.getMaxX() - axis.getMaxX();
            assertThat(end).as(where + ": " + ((EventCard) card).group().key() + " runs past the axis").isLessThanOrEqualTo(0.5);
        }
    }

    /** Walks every zoom step and, at each, several scroll positions, checking cards and axis labels never overlap. */
    void assertNothingOverlapsAtAnyZoom(FxRobot robot) {
        act(robot, () -> model().show(model().axis().firstDay().toEpochDay(), model().maxSpan()));
        int checkedViews = 0;
        int cardsSeen = 0;
        while (true) {
            for (double fraction = 0; fraction <= 1.0; fraction += 0.2) {
                double f = fraction;
                act(robot, () -> model().show(model().axis().firstDay().toEpochDay()
                        + f * (model().maxSpan() - model().span()), model().span()),
                        () -> assertEveryLookMatches(scene.getRoot(), "span " + model().span() + " start " + model().start()));
                String where = "span " + model().span() + " start " + model().start();
                List<Node> cards = visible(robot, ".event-card");
                cardsSeen += cards.size();
                assertNoOverlap(cards, where + " cards");
                assertNoOverlap(visible(robot, ".month-label"), where + " month labels");
                assertNoOverlap(visible(robot, ".year-label"), where + " year labels");
                if (model().end() >= model().axis().endDay().toEpochDay()) {
                    assertWithinTheAxisEnd(robot, cards, where);
                }
                checkedViews++;
            }
            if (!model().canZoomIn()) {
                break;
            }
            act(robot, () -> model().zoomIn());
        }
        assertThat(checkedViews).isGreaterThanOrEqualTo(30);
        assertThat(cardsSeen).isGreaterThan(checkedViews);
    }
}
