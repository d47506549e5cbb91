package org.zhanaozen.kiosk.closing;

import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.zhanaozen.kiosk.content.Closing;
import org.zhanaozen.kiosk.content.ScreenId;
import org.zhanaozen.kiosk.frame.Screen;
import org.zhanaozen.kiosk.ui.Messages;
import org.zhanaozen.kiosk.ui.QrCode;
import org.zhanaozen.kiosk.ui.ScrollingPage;
import org.zhanaozen.kiosk.ui.Texts;

/**
 * The closing call. A kiosk cannot open a browser, so "find out more" becomes a QR code with the address under
 * it, when the content gives an address; without one only the words are shown. The last screen is no dead end:
 * "Start again" leaves it for the welcome screen with every screen as a new visitor finds it.
 */
public final class ClosingScreen implements Screen {

    private final Closing closing;
    private final ScrollingPage page;

    /** @param startAgain returns the kiosk to its opening state (every screen reset, the welcome screen shown) */
    public ClosingScreen(Closing closing, Runnable startAgain) {
        this.closing = closing;
        Label call = Texts.label(closing.call(), "closing-call");
        call.setId("closing-call");
        Label findOutMore = Texts.label(closing.findOutMore(), "closing-find-out-more");
        findOutMore.setId("closing-find-out-more");
        VBox content = new VBox(call, findOutMore);
        content.getStyleClass().add("closing-content");
        closing.link().ifPresent(address -> {
            QrCode code = new QrCode(address);
            code.setId("closing-qr");
            Label printed = Texts.label(address, "closing-address");
            printed.setId("closing-address");
            content.getChildren().addAll(code, printed);
        });
        Button again = new Button(Messages.text("closing.startAgain"));
        again.setId("closing-start-again");
        again.getStyleClass().addAll("primary", "closing-start-again");
        again.setOnAction(e -> startAgain.run());
        content.getChildren().add(again);
        page = ScrollingPage.forScreen("closing", content);
        page.setFitToHeight(true);
    }

    @Override
    public String id() {
        return ScreenId.CLOSING.id();
    }

    @Override
    public String title() {
        // The navigation bar names this screen with the call it shows, in the source's words.
        return closing.call();
    }


    @Override
    public Node view() {
        return page;
    }

    @Override
    public void reset() {
        page.scrollToTop();
    }
}
