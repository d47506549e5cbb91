package org.zhanaozen.kiosk.timeline;

import javafx.beans.binding.Bindings;
import javafx.scene.AccessibleRole;
import javafx.scene.control.Label;
import javafx.scene.image.ImageView;
import javafx.scene.layout.VBox;
import org.zhanaozen.kiosk.content.EventMedia;
import org.zhanaozen.kiosk.ui.ImageLoader;
import org.zhanaozen.kiosk.ui.Texts;

/**
 * An event's image in its detail, with its caption and credit under it. The image is decoded off the JavaFX thread
 * and appears when ready; assistive technology reads its alt text (else its caption).
 */
final class MediaFigure extends VBox {

    /** The largest size an image is decoded at: about what the detail card shows on a 4K screen. */
    private static final double DECODE_WIDTH = 1600;
    private static final double DECODE_HEIGHT = 1200;
    /** The image takes at most this share of the scene's height, so the text stays on screen with it. */
    private static final double MAX_HEIGHT_SHARE = 0.32;

    MediaFigure(EventMedia media, ImageLoader images) {
        setId("detail-media");
        getStyleClass().add("detail-media");
        ImageView image = new ImageView();
        image.setId("detail-image");
        image.getStyleClass().add("detail-image");
        image.setPreserveRatio(true);
        image.setSmooth(true);
        image.setAccessibleRole(AccessibleRole.IMAGE_VIEW);
        image.setAccessibleText(media.alt() != null ? media.alt() : media.caption());
        image.fitWidthProperty().bind(widthProperty());
        sceneProperty().addListener((obs, old, scene) -> {
            image.fitHeightProperty().unbind();
            if (scene != null) {
                image.fitHeightProperty().bind(Bindings.multiply(scene.heightProperty(), MAX_HEIGHT_SHARE));
            }
        });
        image.setManaged(false);
        image.setVisible(false);
        images.load(media.file(), DECODE_WIDTH, DECODE_HEIGHT, decoded -> decoded.ifPresent(loaded -> {
            image.setImage(loaded);
            image.setManaged(true);
            image.setVisible(true);
        }));
        getChildren().addAll(image,
                withId(Texts.optional(media.caption(), "detail-caption"), "detail-caption"),
                withId(Texts.optional(media.credit(), "detail-credit", "muted"), "detail-credit"));
    }

    private static Label withId(Label label, String id) {
        label.setId(id);
        return label;
    }
}
