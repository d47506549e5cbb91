package org.zhanaozen.kiosk.present;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.zhanaozen.kiosk.UiTest;
import org.zhanaozen.kiosk.content.Event;
import org.zhanaozen.kiosk.content.Exhibit;
import org.zhanaozen.kiosk.content.TourStep;
import org.zhanaozen.kiosk.frame.Screenshots;
import org.zhanaozen.kiosk.ui.Theme;

/**
 * The presenter's screen, as a second stage beside the exhibit's: position, elapsed time, note and next step. Also
 * renders it and the black screen to target/presentation-shots/ at 1920x1080, to look at.
 */
@UiTest
class PresenterViewTest {

    private static final Exhibit EXHIBIT = PresentationRig.EXHIBIT;
    private static final Path SHOTS = Path.of("target", "presentation-shots");
    private PresentationRig rig;
    private Stage presenterStage;
    private PresenterView view;

    @Start
    void start(Stage stage) {
        rig = new PresentationRig(stage, EXHIBIT, true, true, Optional.empty());
        rig.presentation.start(EXHIBIT);
        view = new PresenterView(rig.player(), new StepDescriptions(EXHIBIT, rig.navigator), rig.clock,
                rig.clock.millis());
        presenterStage = new Stage();
        Scene scene = new Scene(view, 1920, 1080);
        Theme.apply(scene);
        presenterStage.setScene(scene);
        presenterStage.show();
        stage.toFront();
        stage.requestFocus();
    }

    private String text(FxRobot robot, String id) {
        return robot.from(view).lookup(id).queryAs(Label.class).getText();
    }

    private List<TourStep> steps() {
        return EXHIBIT.tour().orElseThrow().steps();
    }

    @Test
    void showsPositionNoteNextStepAndElapsedTime(FxRobot robot) {
        assertThat(text(robot, "#presenter-position")).isEqualTo("1 / " + steps().size());
        assertThat(text(robot, "#presenter-elapsed")).isEqualTo("00:00");
        assertThat(text(robot, "#presenter-note")).isEqualTo(steps().get(0).note());
        assertThat(text(robot, "#presenter-current")).isEqualTo("Welcome");
        String harbourtown = EXHIBIT.place("harbourtown").orElseThrow().name();
        assertThat(text(robot, "#presenter-next")).isEqualTo("Map \u2014 " + harbourtown);

        robot.interact(() -> rig.player().jumpTo(4));
        assertThat(text(robot, "#presenter-position")).isEqualTo("5 / " + steps().size());
        Event shooting = EXHIBIT.event("1991-12-16-shooting").orElseThrow();
        assertThat(text(robot, "#presenter-current"))
                .isEqualTo("Timeline \u2014 " + shooting.title() + " (" + shooting.dateText() + ")");
        assertThat(steps().get(4).note()).isNull();
        assertThat(text(robot, "#presenter-note")).isEqualTo("No note for this step.");
        Event crackdown = EXHIBIT.event("1991-12-16-crackdown").orElseThrow();
        assertThat(text(robot, "#presenter-next"))
                .isEqualTo("Timeline \u2014 " + crackdown.title() + " (" + crackdown.dateText() + ")");

        robot.interact(() -> rig.clock.advance(Duration.ofMinutes(2).plusSeconds(5)));
        assertThat(text(robot, "#presenter-elapsed")).isEqualTo("02:05");
        robot.interact(() -> rig.clock.advance(Duration.ofHours(1)));
        assertThat(text(robot, "#presenter-elapsed")).isEqualTo("1:02:05");
    }

    @Test
    void followsTheClickerAndNamesEveryKindOfStep(FxRobot robot) {
        robot.type(KeyCode.DIGIT6, KeyCode.ENTER);
        assertThat(text(robot, "#presenter-position")).isEqualTo("6 / " + steps().size());
        assertThat(text(robot, "#presenter-next")).isEqualTo("Demands");
        robot.type(KeyCode.DIGIT1, KeyCode.DIGIT1, KeyCode.ENTER);
        String sorel = EXHIBIT.person("ivan-sorel").orElseThrow().name();
        assertThat(text(robot, "#presenter-next")).isEqualTo("People \u2014 " + sorel);
        robot.type(KeyCode.END);
        assertThat(text(robot, "#presenter-current")).isEqualTo(rig.navigator.screen("closing").orElseThrow().title());
        assertThat(text(robot, "#presenter-next")).isEqualTo("End of the tour");
        robot.type(KeyCode.LEFT);
        assertThat(text(robot, "#presenter-current")).isEqualTo("People \u2014 Accused of / Reality");
    }

    @Test
    void rendersThePresenterViewAndTheBlackScreen(FxRobot robot) throws IOException {
        Files.createDirectories(SHOTS);
        robot.interact(() -> rig.player().jumpTo(1));
        robot.interact(() -> rig.clock.advance(Duration.ofMinutes(12).plusSeconds(34)));
        Path presenter = write(robot, presenterStage.getScene().getRoot(), "presenter-view-1920x1080.png");
        robot.type(KeyCode.B);
        Path black = write(robot, rig.scene.getRoot(), "curtain-black-1920x1080.png");
        robot.type(KeyCode.B, KeyCode.W);
        Path white = write(robot, rig.scene.getRoot(), "curtain-white-1920x1080.png");
        assertThat(ImageIO.read(black.toFile()).getRGB(960, 540)).isEqualTo(0xff000000);
        assertThat(ImageIO.read(white.toFile()).getRGB(960, 540)).isEqualTo(0xffffffff);
        assertThat(ImageIO.read(presenter.toFile()).getWidth()).isEqualTo(1920);
    }

    private static Path write(FxRobot robot, Parent root, String name) throws IOException {
        Path file = SHOTS.resolve(name);
        javafx.scene.image.WritableImage[] image = new javafx.scene.image.WritableImage[1];
        robot.interact(() -> image[0] = root.getScene().snapshot(null));
        ImageIO.write(Screenshots.toBufferedImage(image[0]), "png", file.toFile());
        return file;
    }
}
