package org.zhanaozen.kiosk.frame;

import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.InputEvent;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.zhanaozen.kiosk.ui.Messages;
import org.zhanaozen.kiosk.ui.Texts;

/**
 * What staff can do once the PIN is accepted: leave the kiosk, reload the content from disk, test the idle reset,
 * and read how the kiosk is doing. Plain labels, large buttons, no keyboard needed.
 */
final class StaffMenu extends StackPane {

    /** What the menu's buttons do; the attendant provides them. */
    interface Actions {
        void leave();

        void reload();

        void testIdleReset();

        void close();
    }

    private final Label status = Texts.label("", "staff-status");
    private final VBox problems = new VBox();
    private final VBox diagnostics = new VBox();
    private final Button reload;
    private final FlowPane buttons;

    StaffMenu(Actions actions) {
        setId("staff-menu");
        getStyleClass().addAll("kiosk-overlay", "staff-menu");
        reload = button("staff-reload", Messages.text("staff.reload"), actions::reload);
        Button leave = button("staff-leave", Messages.text("staff.leave"), actions::leave);
        leave.getStyleClass().add("staff-leave");
        Button close = button("staff-close", Messages.text("dialog.close"), actions::close);
        close.getStyleClass().add("primary");
        Button testIdle = button("staff-test-idle", Messages.text("staff.test-idle"), actions::testIdleReset);
        buttons = new FlowPane(close, reload, testIdle, leave);
        buttons.getStyleClass().add("staff-buttons");
        status.setId("staff-status");
        problems.setId("staff-problems");
        problems.getStyleClass().add("staff-problems");
        diagnostics.setId("staff-diagnostics");
        diagnostics.getStyleClass().add("staff-diagnostics");
        ScrollPane scroll = new ScrollPane(new VBox(status, problems, diagnostics));
        scroll.setFitToWidth(true);
        scroll.setPannable(true);
        scroll.getStyleClass().add("staff-scroll");
        VBox.setVgrow(scroll, Priority.ALWAYS);
        VBox card = new VBox(Texts.label(Messages.text("staff.heading"), "heading"), buttons, scroll);
        card.getStyleClass().addAll("overlay-card", "staff-card");
        card.setAlignment(Pos.TOP_LEFT);
        card.setMaxHeight(USE_PREF_SIZE);
        getChildren().add(card);
        addEventHandler(InputEvent.ANY, InputEvent::consume);
    }

    /** Adds a button for an action the kiosk offers beyond the menu's own (e.g. presentation mode). */
    void addAction(String id, String text, Runnable action) {
        buttons.getChildren().add(1, button(id, text, action));
    }

    private static Button button(String id, String text, Runnable action) {
        Button button = new Button(text);
        button.setId(id);
        button.getStyleClass().add("staff-button");
        button.setFocusTraversable(false);
        button.setOnAction(e -> action.run());
        return button;
    }

    void showDiagnostics(List<String> lines) {
        diagnostics.getChildren().setAll(lines.stream().map(line -> Texts.label(line, "staff-diagnostic")).toList());
    }

    /** Shows how a reload went; {@code problemLines} lists what is wrong with the content, if anything. */
    void showStatus(String text, List<String> problemLines) {
        status.setText(text);
        problems.getChildren().setAll(problemLines.stream().map(line -> Texts.label(line, "problem")).toList());
    }

    void setReloading(boolean reloading) {
        reload.setDisable(reloading);
    }
}
