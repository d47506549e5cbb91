package org.zhanaozen.kiosk;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import javafx.scene.Node;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.zhanaozen.kiosk.frame.IdleMonitor;
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
}
