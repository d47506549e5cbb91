package org.zhanaozen.kiosk.ui;

import javafx.scene.Node;
import javafx.scene.control.ScrollPane;

/**
 * A screen's page that scrolls vertically when its text is longer than the screen, by finger drag, wheel or
 * keys, so no text is ever cut off whatever the resolution.
 */
public final class ScrollingPage extends ScrollPane {

    public ScrollingPage(Node content) {
        super(content);
        getStyleClass().add("scrolling-page");
        setFitToWidth(true);
        setPannable(true);
        setHbarPolicy(ScrollBarPolicy.NEVER);
        setVbarPolicy(ScrollBarPolicy.AS_NEEDED);
    }

    /**
     * A whole screen's page: styled as a screen, with the id {@code <screen>-screen} and the screen's own stylesheet
     * {@code <screen>/<screen>.css}.
     */
    public static ScrollingPage forScreen(String screenId, Node content) {
        ScrollingPage page = new ScrollingPage(content);
        page.getStyleClass().addAll("screen", screenId + "-screen");
        page.setId(screenId + "-screen");
        page.getStylesheets().add(Theme.stylesheet(screenId + "/" + screenId + ".css"));
        return page;
    }

    public void scrollToTop() {
        setVvalue(0);
    }
}
