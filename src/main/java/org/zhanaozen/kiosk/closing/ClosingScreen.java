package org.zhanaozen.kiosk.closing;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.zhanaozen.kiosk.content.Closing;
import org.zhanaozen.kiosk.frame.Screen;
import org.zhanaozen.kiosk.ui.QrCode;
import org.zhanaozen.kiosk.ui.ScrollingPage;
import org.zhanaozen.kiosk.ui.Texts;

/**
 * The closing call. A kiosk cannot open a browser, so "find out more" becomes a QR code with the address under
 * it, when the content gives an address; without one only the words are shown.
 */
public final class ClosingScreen implements Screen {

    private final ScrollingPage page;

    public ClosingScreen(Closing closing) {
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
        page = ScrollingPage.forScreen("closing", content);
        page.setFitToHeight(true);
    }

    @Override
    public String id() {
        return "closing";
    }

    @Override
    public String title() {
        return "Who is next?";
    }

    @Override
    public String summary() {
        return "The closing call";
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
