package org.zhanaozen.kiosk;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.zhanaozen.kiosk.ui.ResponsiveGrid;

@UiTest
class ResponsiveGridTest {

    private List<Label> items;
    private ResponsiveGrid grid;
    private StackPane host;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        items = List.of(new Label("a"), new Label("b"), new Label("c"), new Label("d"));
        grid = new ResponsiveGrid(4, 2, items);
        host = new StackPane();
        TestStages.show(stage, new Scene(host, 1920, 1080));
        stage.show();
    }

    @Test
    void landscapePutsItemsSideBySideAndPortraitStacksThem(FxRobot robot) {
        robot.interact(() -> {
            host.getChildren().setAll(grid);
            layOut(host);
        });
        assertThat(items).extracting(GridPane::getRowIndex).containsOnly(0);
        robot.interact(() -> {
            StackPane portrait = new StackPane(grid);
            TestStages.show(stage, new Scene(portrait, 1080, 1920));
            // a stage that is showing keeps its size when it is given a new scene
            stage.setWidth(1080);
            stage.setHeight(1920);
            layOut(portrait);
        });
        assertThat(items).extracting(GridPane::getRowIndex).containsExactly(0, 0, 1, 1);
    }

    /** The layout pass the next pulse would do, now: the grid picks its columns from the width it is given. */
    private static void layOut(StackPane root) {
        root.applyCss();
        root.layout();
    }
}
