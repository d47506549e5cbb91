package org.zhanaozen.kiosk.frame;

import java.nio.file.Path;
import java.util.List;
import javafx.scene.Parent;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.VBox;
import org.zhanaozen.kiosk.ui.Texts;

/**
 * What the kiosk shows instead of a half-loaded exhibit: a calm, staff-facing list of what is wrong with the
 * content and where, never a stack trace.
 */
public final class ContentErrorScreen {

    private ContentErrorScreen() {
    }

    public static Parent create(Path folder, List<String> problems) {
        VBox list = new VBox();
        list.setId("content-problems");
        list.setSpacing(6);
        problems.forEach(p -> list.getChildren().add(Texts.label(p, "problem")));
        ScrollPane scroll = new ScrollPane(list);
        scroll.setFitToWidth(true);
        scroll.setPannable(true);
        VBox screen = new VBox(
                Texts.heading("The exhibit is not available right now"),
                Texts.body("For staff: the content in " + folder.toAbsolutePath()
                        + " has " + problems.size() + (problems.size() == 1 ? " problem" : " problems")
                        + ". Correct the files listed below, check them with --validate, and restart the kiosk."),
                scroll);
        screen.getStyleClass().add("error-screen");
        screen.setId("content-error-screen");
        VBox.setVgrow(scroll, javafx.scene.layout.Priority.ALWAYS);
        return screen;
    }
}
