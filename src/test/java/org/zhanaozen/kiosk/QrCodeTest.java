package org.zhanaozen.kiosk;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.zhanaozen.kiosk.closing.ClosingScreen;
import org.zhanaozen.kiosk.content.Closing;
import org.zhanaozen.kiosk.ui.Theme;

/** The closing screen's QR code, as rendered on screen, scans back to the content's address. */
@UiTest
class QrCodeTest {

    private static final String ADDRESS = "https://example.org/zhanaozen/find-out-more?lang=en";

    @Start
    void start(Stage stage) {
        Theme.loadFonts();
        ClosingScreen closing = new ClosingScreen(new Closing("WHO SPEAKS FOR THE HARBOUR?", "Find out more.", ADDRESS), () -> { });
        Scene scene = new Scene((javafx.scene.Parent) closing.view(), 1920, 1080);
        Theme.apply(scene);
        TestStages.show(stage, scene);
        stage.show();
    }

    @Test
    void renderedCodeDecodesToTheAddressPrintedUnderIt(FxRobot robot) throws Exception {
        Node code = robot.lookup("#closing-qr").query();
        WritableImage image = snapshot(robot, code);
        int w = (int) image.getWidth();
        int h = (int) image.getHeight();
        int[] pixels = new int[w * h];
        image.getPixelReader().getPixels(0, 0, w, h, PixelFormat.getIntArgbInstance(), pixels, 0, w);

        String decoded = new QRCodeReader()
                .decode(new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(w, h, pixels))))
                .getText();

        assertThat(decoded).isEqualTo(ADDRESS);
        assertThat(robot.lookup("#closing-address").queryAs(Label.class).getText()).isEqualTo(ADDRESS);
    }

    private static WritableImage snapshot(FxRobot robot, Node node) {
        WritableImage[] image = new WritableImage[1];
        robot.interact(() -> image[0] = node.snapshot(null, null));
        return image[0];
    }
}
