package org.zhanaozen.kiosk;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.zhanaozen.kiosk.content.Demand;
import org.zhanaozen.kiosk.content.DemandList;
import org.zhanaozen.kiosk.content.Exhibit;
import org.zhanaozen.kiosk.content.PressFreedomRank;
import org.zhanaozen.kiosk.content.TestContent;
import org.zhanaozen.kiosk.frame.KioskFrame;
import org.zhanaozen.kiosk.frame.Navigator;
import org.zhanaozen.kiosk.ui.Theme;

/** The demands, context and closing screens show exactly what the content says. */
@UiTest
class TextScreensTest {

    private final Exhibit exhibit = TestContent.exhibit();
    private Navigator navigator;

    @Start
    void start(Stage stage) {
        Theme.loadFonts();
        navigator = ExhibitScreens.create(exhibit);
        Scene scene = new Scene(new KioskFrame(navigator).root(), 1080, 1920);
        Theme.apply(scene);
        TestStages.show(stage, scene);
        stage.show();
    }

    private static List<String> texts(Set<Node> labels) {
        return labels.stream().map(n -> ((Label) n).getText()).toList();
    }

    @Test
    void demandsShowEveryListNumberedAsInTheContent(FxRobot robot) {
        robot.clickOn("#nav-demands");
        for (DemandList list : exhibit.demands().lists()) {
            String listId = "#demand-list-" + list.id();
            assertThat(texts(robot.lookup(listId + " .demand-list-title").queryAll())).containsExactly(list.title());
            assertThat(texts(robot.lookup(listId + " .demand-number").queryAll()))
                    .containsExactlyElementsOf(list.demands().stream().map(d -> "#" + d.number()).toList());
            assertThat(texts(robot.lookup(listId + " .demand-text").queryAll()))
                    .containsExactlyElementsOf(list.demands().stream().map(Demand::text).toList());
        }
        assertThat(robot.lookup(".demand").queryAll())
                .hasSize(exhibit.demands().lists().stream().mapToInt(list -> list.demands().size()).sum());
    }

    @Test
    void contextShowsEveryNoteAndEveryPressFreedomRank(FxRobot robot) {
        robot.clickOn("#nav-context");
        exhibit.info().contextNotes().forEach(note ->
                assertThat(texts(robot.lookup("#context-note-" + note.id() + " .body").queryAll()))
                        .containsExactly(note.text()));
        for (PressFreedomRank rank : exhibit.info().pressFreedom().ranks()) {
            assertThat(texts(robot.lookup("#rank-" + rank.id() + " .rank-value").queryAll()))
                    .containsExactly("#" + rank.rank());
            assertThat(texts(robot.lookup("#rank-" + rank.id() + " .rank-of").queryAll()))
                    .containsExactly("of " + rank.of() + " countries");
        }
        assertThat(texts(robot.lookup("#press-freedom .body").queryAll()))
                .contains(exhibit.info().pressFreedom().text());
    }

    @Test
    void closingShowsTheCallAndNoQrCodeWithoutAnAddress(FxRobot robot) {
        robot.clickOn("#nav-closing");
        assertThat(robot.lookup("#closing-call").queryAs(Label.class).getText()).isEqualTo(exhibit.info().closing().call());
        assertThat(robot.lookup("#closing-find-out-more").queryAs(Label.class).getText())
                .isEqualTo(exhibit.info().closing().findOutMore());
        assertThat(exhibit.info().closing().link()).isEmpty();
        assertThat(robot.lookup("#closing-qr").tryQuery()).isEmpty();
    }
}
