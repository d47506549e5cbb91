package org.zhanaozen.kiosk;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * JavaFX for the programs beside the tests (benchmarks, probes run in their own JVM): starts the toolkit through
 * TestFX, on Monocle when there is no display, and runs work on the FX thread through TestFX's helpers.
 */
public final class FxHarness {

    private FxHarness() {
    }

    /**
     * Starts JavaFX once per JVM, headless unless a display is there; windows may close without the toolkit exiting.
     *
     * @param screen Monocle's virtual screen, e.g. {@code "1920x1080-32"}: it must hold every stage shown
     */
    public static void start(String screen) throws Exception {
        if (System.getenv("DISPLAY") == null && System.getProperty("glass.platform") == null) {
            System.setProperty("glass.platform", "Monocle");
            System.setProperty("monocle.platform", "Headless");
            System.setProperty("prism.order", "sw");
            System.setProperty("java.awt.headless", "true");
        }
        System.setProperty("headless.geometry", screen);
        FxToolkit.registerPrimaryStage();
        Platform.setImplicitExit(false);
    }

    /**
     * Runs the work on the FX thread and returns its result; its exception is thrown here, and a TimeoutException if
     * the FX thread has not run it within 30 s (stuck: a benchmark must say so, not hang).
     */
    public static <T> T onFx(Callable<T> work) throws Exception {
        try {
            return WaitForAsyncUtils.asyncFx(work).get(30, TimeUnit.SECONDS);
        } catch (ExecutionException failed) {
            throw failed.getCause() instanceof Exception cause ? cause : failed;
        }
    }

    /** Runs the work on the FX thread and waits for it. */
    public static void onFx(Runnable work) throws Exception {
        onFx(() -> {
            work.run();
            return null;
        });
    }
}
