package org.zhanaozen.kiosk.ui;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.scene.image.Image;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Decodes the content's images (portraits, event images) on the executor it is given, at the size they are shown (a
 * camera photo decoded at full size would cost tens of megabytes each), and hands the result back on the JavaFX
 * thread. A file that fails to decode gives an empty result, so the view keeps its placeholder: a broken image never
 * breaks the kiosk.
 */
public final class ImageLoader {

    private static final Logger LOG = LoggerFactory.getLogger(ImageLoader.class);

    private final Executor executor;

    /** @param executor where decoding runs; tests pass a direct one ({@code Runnable::run}) */
    public ImageLoader(Executor executor) {
        this.executor = executor;
    }

    /** A loader on the one background thread, which does not keep the application alive. */
    public static ImageLoader inBackground() {
        return new ImageLoader(SharedThread.EXECUTOR);
    }

    /** One decoding thread for the whole run: a content reload builds new screens, never another thread. */
    private static final class SharedThread {
        static final Executor EXECUTOR = Executors.newSingleThreadExecutor(task -> {
            Thread thread = new Thread(task, "image-loader");
            thread.setDaemon(true);
            return thread;
        });
    }

    /** Decodes {@code file} to fit within width × height pixels and passes the image, if any, to {@code done}. */
    public void load(Path file, double width, double height, Consumer<Optional<Image>> done) {
        executor.execute(() -> {
            Optional<Image> image = decode(file, width, height);
            if (Platform.isFxApplicationThread()) {
                done.accept(image);
            } else {
                Platform.runLater(() -> done.accept(image));
            }
        });
    }

    private static Optional<Image> decode(Path file, double width, double height) {
        try {
            Image image = new Image(file.toUri().toString(), width, height, true, true, false);
            if (image.isError()) {
                LOG.warn("Portrait {} could not be decoded ({}); showing initials", file, image.getException().getMessage());
                return Optional.empty();
            }
            return Optional.of(image);
        } catch (RuntimeException e) {
            LOG.warn("Portrait {} could not be read; showing initials", file, e);
            return Optional.empty();
        }
    }
}
