package org.zhanaozen.kiosk.frame;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javax.imageio.ImageIO;
import org.zhanaozen.kiosk.ui.Theme;

/**
 * Renders every screen, and each state a screen names, to PNG files without a visible window: for staff to preview
 * content at their venue's resolution, and for us to look at our work. Must run on the JavaFX thread.
 */
public final class Screenshots {

    private Screenshots() {
    }

    /**
     * Writes {@code NN-screen[-state]-WxH.png} files into the folder and returns their paths.
     *
     * @param frameRoot the frame's root, showing the navigator's screens
     */
    public static List<Path> render(Navigator navigator, Parent frameRoot, Path folder, int width, int height)
            throws IOException {
        return render(navigator, frameRoot, List.of(), folder, width, height);
    }

    /**
     * As above, then the kiosk's own states over the home screen ({@code NN-kiosk-state-WxH.png}): the idle warning,
     * the attract state, the staff menu.
     */
    public static List<Path> render(Navigator navigator, Parent frameRoot, List<ScreenState> kioskStates, Path folder,
                                    int width, int height) throws IOException {
        Files.createDirectories(folder);
        Scene scene = new Scene(frameRoot, width, height);
        Theme.apply(scene);
        List<Path> written = new ArrayList<>();
        int number = 1;
        for (Screen screen : navigator.screens()) {
            navigator.resetAll();
            navigator.go(screen);
            written.add(write(scene, folder, number++, screen.id(), width, height));
            for (ScreenState state : screen.screenshotStates()) {
                navigator.resetAll();
                navigator.go(screen);
                state.apply().run();
                written.add(write(scene, folder, number++, screen.id() + "-" + state.name(), width, height));
            }
        }
        for (ScreenState state : kioskStates) {
            navigator.resetAll();
            state.apply().run();
            written.add(write(scene, folder, number++, "kiosk-" + state.name(), width, height));
        }
        navigator.resetAll();
        return written;
    }

    private static Path write(Scene scene, Path folder, int number, String name, int width, int height)
            throws IOException {
        WritableImage image = scene.snapshot(null);
        Path file = folder.resolve(String.format("%02d-%s-%dx%d.png", number, name, width, height));
        ImageIO.write(toBufferedImage(image), "png", file.toFile());
        return file;
    }

    /** Copies a JavaFX image into an AWT one pixel by pixel (no javafx-swing needed). */
    public static BufferedImage toBufferedImage(WritableImage image) {
        int w = (int) image.getWidth();
        int h = (int) image.getHeight();
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
        PixelReader reader = image.getPixelReader();
        int[] row = new int[w];
        for (int y = 0; y < h; y++) {
            reader.getPixels(0, y, w, 1, javafx.scene.image.PixelFormat.getIntArgbInstance(), row, 0, w);
            out.setRGB(0, y, w, 1, row, 0, w);
        }
        return out;
    }
}
