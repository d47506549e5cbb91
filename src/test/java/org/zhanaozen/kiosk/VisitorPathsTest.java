package org.zhanaozen.kiosk;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.zhanaozen.kiosk.content.ContentLoader;
import org.zhanaozen.kiosk.content.Event;
import org.zhanaozen.kiosk.content.Exhibit;
import org.zhanaozen.kiosk.frame.IdleMonitor;
import org.zhanaozen.kiosk.frame.Navigator;
import org.zhanaozen.kiosk.frame.Screen;

/** The paths every visitor takes, through the whole kiosk, by taps alone. */
@UiTest
class VisitorPathsTest {

    @TempDir
    Path temp;

    private WholeKiosk kiosk;

    @Start
    void start(Stage stage) {
        kiosk = WholeKiosk.start(stage, temp, 1920, 1080);
        stage.show();
    }

    private boolean showing(FxRobot robot, String query) {
        return robot.lookup(query).match(Node::isVisible).tryQuery().isPresent();
    }

    private void waitIdle(FxRobot robot, Duration duration) {
        robot.interact(() -> kiosk.clock().advance(duration));
    }

    @Test
    void attractThenWelcomeThenEverySectionAndBack(FxRobot robot) {
        assertThat(showing(robot, "#attract")).as("a kiosk opens on its attract state").isTrue();
        robot.clickOn("#attract-touch");
        assertThat(showing(robot, "#attract")).isFalse();
        Screen home = kiosk.frame().navigator().orElseThrow().home();
        assertThat(kiosk.frame().navigator().orElseThrow().current()).isSameAs(home);

        List<Screen> sections = kiosk.frame().navigator().orElseThrow().screens();
        for (Screen section : sections) {
            robot.clickOn("#nav-" + section.id());
            assertThat(kiosk.frame().navigator().orElseThrow().current()).as("after tapping %s", section.id())
                    .isSameAs(section);
            robot.clickOn("#nav-" + home.id());
            assertThat(kiosk.frame().navigator().orElseThrow().current()).isSameAs(home);
        }
    }

    @Test
    void aVisitorWhoWalksAwayIsWarnedThenTheKioskResetsToItsAttractState(FxRobot robot) {
        robot.clickOn("#attract-touch");
        List<Screen> sections = kiosk.frame().navigator().orElseThrow().screens();
        Screen last = sections.get(sections.size() - 1);
        robot.clickOn("#nav-" + last.id());

        waitIdle(robot, kiosk.config().idleTimeout());
        assertThat(showing(robot, "#idle-warning")).isTrue();
        waitIdle(robot, kiosk.config().idleWarning());

        assertThat(kiosk.attendant().idle().state()).isEqualTo(IdleMonitor.State.ATTRACT);
        assertThat(showing(robot, "#attract")).isTrue();
        assertThat(showing(robot, "#idle-warning")).isFalse();
        robot.clickOn("#attract-touch");
        assertThat(kiosk.frame().navigator().orElseThrow().current())
                .as("the next visitor starts at the welcome screen").isSameAs(kiosk.frame().navigator().orElseThrow().home());
    }

    @Test
    void aPlaceThenItsEventOnTheTimelineThenAPersonOfItThenBackToTheMap(FxRobot robot) throws Exception {
        Exhibit exhibit = ContentLoader.load(kiosk.contentFolder()).valid().orElseThrow();
        // an event of the fixture that names both a place and a person
        Event event = exhibit.events().stream().filter(e -> !e.places().isEmpty() && !e.people().isEmpty())
                .findFirst().orElseThrow();
        Navigator navigator = kiosk.frame().navigator().orElseThrow();
        robot.clickOn("#attract-touch");
        robot.clickOn("#nav-map");
        robot.clickOn("#place-marker-" + event.places().get(0));
        robot.clickOn("#place-event-" + event.id());
        assertThat(navigator.current().id()).isEqualTo("timeline");
        assertThat(showing(robot, "#event-detail")).isTrue();
        assertThat(robot.lookup("#detail-title").queryAs(Label.class).getText()).isEqualTo(event.title());

        String person = event.people().get(0);
        robot.clickOn("#link-person-" + person);
        assertThat(navigator.current().id()).isEqualTo("people");
        assertThat(showing(robot, "#person-detail")).isTrue();
        assertThat(robot.lookup("#person-detail-name").tryQuery()
                .map(node -> ((Label) node).getText())).hasValue(exhibit.person(person).orElseThrow().name());

        robot.clickOn("#nav-map");
        assertThat(navigator.current().id()).isEqualTo("map");
        assertThat(showing(robot, "#map-view")).isTrue();
    }
}
