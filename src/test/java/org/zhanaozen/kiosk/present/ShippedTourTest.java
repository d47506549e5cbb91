package org.zhanaozen.kiosk.present;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.zhanaozen.kiosk.BundledContent;
import org.zhanaozen.kiosk.ExhibitScreens;
import org.zhanaozen.kiosk.TestStages;
import org.zhanaozen.kiosk.UiTest;
import org.zhanaozen.kiosk.content.Exhibit;
import org.zhanaozen.kiosk.content.Tour;
import org.zhanaozen.kiosk.content.TourStep;
import org.zhanaozen.kiosk.frame.KioskFrame;
import org.zhanaozen.kiosk.frame.Navigator;
import org.zhanaozen.kiosk.people.PeopleModel;
import org.zhanaozen.kiosk.people.PeopleScreen;
import org.zhanaozen.kiosk.timeline.TimelineScreen;
import org.zhanaozen.kiosk.ui.Motion;
import org.zhanaozen.kiosk.ui.Theme;

/** The bundled tour on the real screens: every step shows exactly what it names. */
@UiTest
class ShippedTourTest {

    private final Exhibit exhibit = BundledContent.bundled();
    private final Tour tour = exhibit.tour().orElseThrow();
    private Navigator navigator;

    @Start
    void start(Stage stage) {
        Theme.loadFonts();
        // No transitions and tiles read on the spot: each step is complete when it returns.
        navigator = ExhibitScreens.create(exhibit, Motion.NONE, Runnable::run);
        Scene scene = new Scene(new KioskFrame(navigator).root(), 1920, 1080);
        Theme.apply(scene);
        TestStages.show(stage, scene);
        stage.show();
    }

    @Test
    void everyStepShowsTheScreenAndTheThingItNames(FxRobot robot) {
        TourPlayer player = new TourPlayer(tour, navigator);
        List<TourStep> steps = tour.steps();
        for (int i = 0; i < steps.size(); i++) {
            TourStep step = steps.get(i);
            int number = i + 1;
            robot.interact(() -> player.jumpTo(number - 1));
            assertThat(player.index()).as("step %d", number).isEqualTo(number - 1);
            assertThat(navigator.current().id()).as("screen of step %d", number).isEqualTo(step.screen().id());
            if (step.event() != null) {
                TimelineScreen timeline = (TimelineScreen) navigator.current();
                assertThat(timeline.model().openEventProperty().get().id()).as("event of step %d", number)
                        .isEqualTo(step.event());
            }
            if (step.place() != null) {
                String name = exhibit.place(step.place()).orElseThrow().name();
                Node panel = robot.lookup("#place-panel").query();
                assertThat(panel.isVisible()).as("place panel of step %d", number).isTrue();
                assertThat(robot.from(panel).lookup(".place-panel-name").queryAs(Label.class).getText())
                        .as("place of step %d", number).isEqualTo(name);
            }
            if (step.person() != null) {
                PeopleModel people = ((PeopleScreen) navigator.current()).model();
                assertThat(people.selected().id()).as("person of step %d", number).isEqualTo(step.person());
            }
            if ("accused".equals(step.view())) {
                PeopleModel people = ((PeopleScreen) navigator.current()).model();
                assertThat(people.section()).as("view of step %d", number).isEqualTo(PeopleModel.Section.ACCUSED);
                assertThat(people.selected()).isNull();
            }
        }
    }
}
