package org.zhanaozen.kiosk;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.Pane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.zhanaozen.kiosk.content.Exhibit;
import org.zhanaozen.kiosk.content.KeyFigure;
import org.zhanaozen.kiosk.content.TestContent;
import org.zhanaozen.kiosk.frame.KioskFrame;
import org.zhanaozen.kiosk.frame.Navigator;
import org.zhanaozen.kiosk.ui.Theme;

@UiTest
class KioskFrameTest {

    private final Exhibit exhibit = TestContent.exhibit();
    private Navigator navigator;
    private KioskFrame frame;

    @Start
    void start(Stage stage) {
        Theme.loadFonts();
        navigator = ExhibitScreens.create(exhibit);
        frame = new KioskFrame(navigator);
        Scene scene = new Scene(frame.root(), 1920, 1080);
        Theme.apply(scene);
        TestStages.show(stage, scene);
        stage.show();
    }

    @Test
    void opensOnHomeWithTitleMeaningAndEveryKeyFigure(FxRobot robot) {
        assertThat(navigator.current().id()).isEqualTo("home");
        assertThat(robot.lookup("#home-title").queryAs(Label.class).getText()).isEqualTo(exhibit.info().title());
        assertThat(robot.lookup("#home-meaning").queryAs(Label.class).getText()).isEqualTo(exhibit.info().nameMeaning());
        Pane figures = robot.lookup("#key-figures").queryAs(Pane.class);
        assertThat(figures.getChildren()).hasSize(exhibit.info().keyFigures().size());
        for (KeyFigure figure : exhibit.info().keyFigures()) {
            String id = "#key-figure-" + figure.id();
            assertThat(robot.lookup(id + " .key-figure-value").queryAs(Label.class).getText()).isEqualTo(figure.value());
            assertThat(robot.lookup(id + " .key-figure-label").queryAs(Label.class).getText()).isEqualTo(figure.label());
        }
    }

    @Test
    void everyNavigationButtonShowsItsScreenAndMarksItCurrent(FxRobot robot) {
        for (var screen : navigator.screens()) {
            robot.clickOn("#nav-" + screen.id());
            assertThat(navigator.current()).isSameAs(screen);
            assertThat(robot.lookup("#screen-host").queryAs(Pane.class).getChildren()).containsExactly(screen.view());
            Button button = robot.lookup("#nav-" + screen.id()).queryButton();
            assertThat(button.getPseudoClassStates()).extracting(Object::toString).contains("current");
        }
    }

    @Test
    void homeOffersAWayIntoEveryOtherScreenAndOneTapReturnsHome(FxRobot robot) {
        List<String> others = navigator.screens().stream().skip(1).map(s -> "#way-in-" + s.id()).toList();
        for (String wayIn : others) {
            robot.clickOn("#nav-home");
            robot.clickOn(wayIn);
            assertThat(navigator.current().id()).isEqualTo(wayIn.substring("#way-in-".length()));
        }
        robot.clickOn("#nav-home");
        assertThat(navigator.current().id()).isEqualTo("home");
    }

    @Test
    void navigationTargetsAreLargeEnoughForAFinger(FxRobot robot) {
        // 15 mm on a 24-inch 1080p screen is about 60 px.
        for (Node button : robot.lookup(".navigation-bar .button").queryAll()) {
            assertThat(button.getBoundsInLocal().getHeight()).isGreaterThanOrEqualTo(60);
            assertThat(button.getBoundsInLocal().getWidth()).isGreaterThanOrEqualTo(60);
        }
    }

    @Test
    void bodyTextIsAtLeast24PxAt1080p(FxRobot robot) {
        Label body = robot.lookup(".home-lede").queryAs(Label.class);
        assertThat(body.getFont().getSize()).isGreaterThanOrEqualTo(24);
        assertThat(body.getFont().getFamily()).isEqualTo("Noto Sans");
    }

    @Test
    void resetAllReturnsHome(FxRobot robot) {
        robot.clickOn("#nav-demands");
        robot.interact(navigator::resetAll);
        assertThat(navigator.current().id()).isEqualTo("home");
    }

    @Test
    void warmUpLaysEveryOtherScreenOutOffScreenAndLetsItGo(FxRobot robot) {
        robot.interact(frame::warmUpScreens);
        for (var screen : navigator.screens()) {
            if (screen != navigator.current()) {
                assertThat(screen.view().getScene()).as(screen.id()).isNull();
                assertThat(screen.view().getLayoutBounds().getWidth()).as(screen.id()).isEqualTo(1920);
            }
        }
        robot.clickOn("#nav-map");
        assertThat(robot.lookup("#screen-host").queryAs(Pane.class).getChildren())
                .containsExactly(navigator.current().view());
    }
}
