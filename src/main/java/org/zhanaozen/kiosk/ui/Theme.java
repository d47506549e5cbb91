package org.zhanaozen.kiosk.ui;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.List;
import java.util.Objects;
import javafx.beans.InvalidationListener;
import javafx.beans.binding.Bindings;
import javafx.css.PseudoClass;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.text.Font;

/**
 * The look shared by every screen: the bundled fonts, the token stylesheet, and the scale.
 * All sizes in the stylesheets are in em, relative to the root font size set here, so the whole exhibit
 * scales with the screen: 24 px body text on a 1080-pixel-high (or -wide, for portrait) screen, 48 px on 4K.
 */
public final class Theme {

    /** Body text size, in px, on a screen whose shorter side is {@link #REFERENCE_SIDE} px. */
    public static final double BODY_SIZE = 24;
    public static final double REFERENCE_SIDE = 1080;
    /** Below this a rehearsal window gets too small to read; the scale stops shrinking there. */
    private static final double MIN_BODY_SIZE = 12;
    private static final PseudoClass PORTRAIT = PseudoClass.getPseudoClass("portrait");

    private static final List<String> FONT_FILES = List.of(
            "NotoSans-Regular.ttf", "NotoSans-Bold.ttf", "NotoSans-Italic.ttf", "NotoSansDisplay-Bold.ttf");

    private static boolean fontsLoaded;

    private Theme() {
    }

    /** Loads the bundled font family once per JVM, so every kiosk looks the same whatever fonts it has. */
    public static synchronized void loadFonts() {
        if (fontsLoaded) {
            return;
        }
        for (String file : FONT_FILES) {
            try (InputStream in = resource("fonts/" + file).openStream()) {
                Font.loadFont(in, BODY_SIZE);
            } catch (IOException e) {
                throw new IllegalStateException("Bundled font unreadable: " + file, e);
            }
        }
        fontsLoaded = true;
    }

    /** The body font size for a scene of this size. */
    public static double bodySize(double width, double height) {
        return Math.max(MIN_BODY_SIZE, BODY_SIZE * Math.min(width, height) / REFERENCE_SIDE);
    }

    /**
     * Adds the theme stylesheet and keeps the root matched to the scene's size: its font size, and {@code :portrait}
     * on a screen taller than wide, for styles that differ by orientation.
     */
    public static void apply(Scene scene) {
        scene.getStylesheets().add(stylesheet("theme.css"));
        Parent root = scene.getRoot();
        root.styleProperty().bind(Bindings.createStringBinding(
                () -> String.format(java.util.Locale.ROOT, "-fx-font-size: %.2fpx;",
                        bodySize(scene.getWidth(), scene.getHeight())),
                scene.widthProperty(), scene.heightProperty()));
        InvalidationListener orientation = o -> root.pseudoClassStateChanged(PORTRAIT,
                scene.getHeight() > scene.getWidth());
        scene.widthProperty().addListener(orientation);
        scene.heightProperty().addListener(orientation);
        orientation.invalidated(null);
    }

    /** The URL of a stylesheet in this package's resources, for screens that add their own. */
    public static String stylesheet(String name) {
        return resource(name).toExternalForm();
    }

    private static URL resource(String name) {
        return Objects.requireNonNull(Theme.class.getResource("/org/zhanaozen/kiosk/" + name),
                "Resource not found: " + name);
    }
}
