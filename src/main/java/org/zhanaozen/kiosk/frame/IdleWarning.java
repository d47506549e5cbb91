package org.zhanaozen.kiosk.frame;

import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.input.InputEvent;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.zhanaozen.kiosk.ui.Messages;
import org.zhanaozen.kiosk.ui.Texts;

/**
 * "Are you still there?" over the visitor's screen, with the seconds left before the kiosk starts again.
 * It covers everything and takes every touch, so the touch that answers it presses nothing beneath.
 */
final class IdleWarning extends StackPane {

    IdleWarning(ReadOnlyIntegerProperty secondsLeft) {
        setId("idle-warning");
        getStyleClass().addAll("kiosk-overlay", "idle-warning");
        Label count = new Label();
        count.setId("idle-countdown");
        count.getStyleClass().add("idle-countdown");
        count.textProperty().bind(secondsLeft.asString());
        count.setMinWidth(Label.USE_PREF_SIZE);
        VBox card = new VBox(
                Texts.label(Messages.text("idle.question"), "heading", "idle-question"),
                count,
                Texts.label(Messages.text("idle.seconds"), "idle-seconds"),
                Texts.label(Messages.text("idle.continue"), "idle-continue"));
        card.getStyleClass().addAll("overlay-card", "idle-card");
        card.setAlignment(Pos.CENTER);
        card.setMaxSize(USE_PREF_SIZE, USE_PREF_SIZE);
        getChildren().add(card);
        addEventHandler(InputEvent.ANY, InputEvent::consume);
    }
}
