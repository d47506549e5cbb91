package org.zhanaozen.kiosk.present;

import java.util.Optional;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.input.InputEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.StackPane;
import org.zhanaozen.kiosk.ui.Theme;

/**
 * A black or white screen over the whole exhibit, as presentation software gives with B and W: the audience looks
 * at the speaker, or the projector lights the room. Colours come from the theme's curtain tokens. A click on the
 * curtain lifts it; nothing under it is touched.
 */
final class Curtain {

    enum Shade {
        BLACK("curtain-black"), WHITE("curtain-white");

        final String styleClass;

        Shade(String styleClass) {
            this.styleClass = styleClass;
        }
    }

    private final StackPane overlays;
    private final StackPane node = new StackPane();
    private final ReadOnlyObjectWrapper<Optional<Shade>> shade =
            new ReadOnlyObjectWrapper<>(this, "shade", Optional.empty());

    Curtain(StackPane overlays) {
        this.overlays = overlays;
        node.setId("presentation-curtain");
        node.getStyleClass().add("presentation-curtain");
        node.getStylesheets().add(Theme.stylesheet("present/present.css"));
        node.addEventHandler(InputEvent.ANY, InputEvent::consume);
        node.addEventHandler(MouseEvent.MOUSE_CLICKED, e -> lift());
    }

    /** Lowers this shade, or lifts the curtain if this shade is already down. */
    void toggle(Shade wanted) {
        if (shade.get().equals(Optional.of(wanted))) {
            lift();
            return;
        }
        node.getStyleClass().removeAll(Shade.BLACK.styleClass, Shade.WHITE.styleClass);
        node.getStyleClass().add(wanted.styleClass);
        // Re-added each time: a crash recovery clears the overlay layer.
        overlays.getChildren().remove(node);
        overlays.getChildren().add(node);
        shade.set(Optional.of(wanted));
    }

    void lift() {
        overlays.getChildren().remove(node);
        shade.set(Optional.empty());
    }

    boolean isDown() {
        return shade.get().isPresent() && overlays.getChildren().contains(node);
    }

    ReadOnlyObjectProperty<Optional<Shade>> shadeProperty() {
        return shade.getReadOnlyProperty();
    }
}
