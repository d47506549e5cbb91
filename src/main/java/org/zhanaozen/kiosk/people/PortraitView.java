package org.zhanaozen.kiosk.people;

import javafx.css.PseudoClass;
import javafx.scene.control.Label;
import javafx.scene.image.ImageView;
import javafx.scene.layout.StackPane;
import org.zhanaozen.kiosk.content.Person;
import org.zhanaozen.kiosk.ui.ImageLoader;

/**
 * A person's photo, or, where there is none or it cannot be decoded, their initials on a quiet field: never a
 * generic silhouette. The photo is requested once the view knows its size, and again if it is shown much larger
 * (the window moved to a bigger screen), so it is always decoded at about the size shown.
 */
final class PortraitView extends StackPane {

    private static final PseudoClass HAS_PHOTO = PseudoClass.getPseudoClass("has-photo");
    /** Re-decode only when the shown size outgrows the decoded one by this factor. */
    private static final double GROWTH_BEFORE_RELOAD = 1.25;

    private final Person person;
    private final ImageLoader loader;
    private final ImageView photo = new ImageView();
    private final Label initials;
    private double requestedWidth;
    private double requestedHeight;

    PortraitView(Person person, ImageLoader loader) {
        this.person = person;
        this.loader = loader;
        getStyleClass().add("portrait");
        initials = new Label(person.initials());
        initials.getStyleClass().add("portrait-initials");
        photo.getStyleClass().add("portrait-photo");
        photo.setPreserveRatio(true);
        photo.setSmooth(true);
        photo.setVisible(false);
        photo.fitWidthProperty().bind(widthProperty());
        photo.fitHeightProperty().bind(heightProperty());
        // The photo may be narrower than the field; it must not make the field wider.
        photo.setManaged(false);
        getChildren().addAll(initials, photo);
        layoutBoundsProperty().addListener((obs, old, bounds) -> requestIfOutgrown(bounds.getWidth(), bounds.getHeight()));
    }

    @Override
    protected void layoutChildren() {
        super.layoutChildren();
        if (photo.getImage() != null) {
            double w = photo.getLayoutBounds().getWidth();
            double h = photo.getLayoutBounds().getHeight();
            photo.relocate((getWidth() - w) / 2, (getHeight() - h) / 2);
        }
    }

    private void requestIfOutgrown(double width, double height) {
        if (person.portraitFile().isEmpty() || width <= 0 || height <= 0) {
            return;
        }
        if (width <= requestedWidth * GROWTH_BEFORE_RELOAD && height <= requestedHeight * GROWTH_BEFORE_RELOAD) {
            return;
        }
        requestedWidth = width;
        requestedHeight = height;
        loader.load(person.portraitFile().get(), width, height, image -> image.ifPresent(decoded -> {
            photo.setImage(decoded);
            photo.setVisible(true);
            initials.setVisible(false);
            pseudoClassStateChanged(HAS_PHOTO, true);
            requestLayout();
        }));
    }
}
