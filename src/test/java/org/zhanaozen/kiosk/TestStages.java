package org.zhanaozen.kiosk;

import javafx.scene.Scene;
import javafx.stage.Stage;

/** The one stage TestFX lends every UI test of a JVM, given a scene of the test's own size. */
public final class TestStages {

    private TestStages() {
    }

    /**
     * Shows {@code scene} in {@code stage} at the scene's size. An earlier test in the same JVM may have sized the
     * shared stage for another screen (a 4K or portrait kiosk), and a stage that was sized keeps that size when it is
     * given a new scene.
     */
    public static void show(Stage stage, Scene scene) {
        stage.setScene(scene);
        stage.sizeToScene();
    }
}
