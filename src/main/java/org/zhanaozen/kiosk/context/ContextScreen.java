package org.zhanaozen.kiosk.context;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.zhanaozen.kiosk.content.ContextNote;
import org.zhanaozen.kiosk.content.ExhibitInfo;
import org.zhanaozen.kiosk.content.PressFreedom;
import org.zhanaozen.kiosk.content.PressFreedomRank;
import org.zhanaozen.kiosk.content.ScreenId;
import org.zhanaozen.kiosk.frame.Screen;
import org.zhanaozen.kiosk.ui.Messages;
import org.zhanaozen.kiosk.ui.ResponsiveGrid;
import org.zhanaozen.kiosk.ui.ScreenNames;
import org.zhanaozen.kiosk.ui.ScrollingPage;
import org.zhanaozen.kiosk.ui.Texts;

/** The notes that put Zhanaozen in context: the December 1970 parallel, the charges, press freedom, outside support. */
public final class ContextScreen implements Screen {

    private final ScrollingPage page;

    public ContextScreen(ExhibitInfo info) {
        VBox notes = new VBox();
        notes.getStyleClass().add("context-column");
        info.contextNotes().forEach(note -> notes.getChildren().add(note(note)));
        // Press freedom is optional content: without it the notes have the screen to themselves.
        Node body = info.pressFreedom() == null ? notes : ResponsiveGrid.columns(notes, pressFreedom(info.pressFreedom()));
        VBox content = new VBox(Texts.heading("Context"), body);
        content.getStyleClass().add("context-content");
        page = ScrollingPage.forScreen(ScreenId.CONTEXT.id(), content);
    }

    private static Node note(ContextNote note) {
        VBox card = new VBox(Texts.label(note.heading(), "subheading", "context-heading"), Texts.body(note.text()));
        card.getStyleClass().addAll("card", "context-note");
        card.setId("context-note-" + note.id());
        return card;
    }

    private static Node pressFreedom(PressFreedom pressFreedom) {
        VBox card = new VBox(Texts.label(Messages.text("context.press-freedom"), "subheading", "context-heading"));
        card.getStyleClass().addAll("card", "context-note", "press-freedom");
        card.setId("press-freedom");
        for (PressFreedomRank rank : pressFreedom.ranks()) {
            Label place = Texts.label("#" + rank.rank(), "rank-value");
            place.setMinWidth(Label.USE_PREF_SIZE);
            String of = Messages.text("context.rank-of", String.valueOf(rank.of()));
            VBox explanation = new VBox(Texts.label(of, "rank-of"),
                    Texts.body(rank.text()));
            HBox row = new HBox(place, explanation);
            row.getStyleClass().add("rank");
            row.setId("rank-" + rank.id());
            card.getChildren().add(row);
        }
        card.getChildren().add(Texts.body(pressFreedom.text()));
        return card;
    }

    @Override
    public String id() {
        return ScreenId.CONTEXT.id();
    }

    @Override
    public String title() {
        return ScreenNames.of(ScreenId.CONTEXT);
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
