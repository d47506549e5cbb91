package org.zhanaozen.kiosk.present;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import org.zhanaozen.kiosk.content.ScreenId;
import org.zhanaozen.kiosk.frame.Link;
import org.zhanaozen.kiosk.frame.Screen;

/** A stand-in for a screen not on this branch (timeline, map, people): opens the links it accepts and records them. */
class FakeScreen implements Screen {

    private final String id;
    private final String title;
    private final Predicate<Link> accepts;
    private final StackPane view;
    final List<Link> opened = new ArrayList<>();

    FakeScreen(String id, String title, Predicate<Link> accepts) {
        this.id = id;
        this.title = title;
        this.accepts = accepts;
        view = new StackPane(new Label(title));
        view.setId("fake-" + id);
    }

    static FakeScreen timeline() {
        return new FakeScreen("timeline", "Timeline", link -> link instanceof Link.ToEvent);
    }

    static FakeScreen map() {
        return new FakeScreen("map", "Map", link -> link instanceof Link.ToPlace || link instanceof Link.ToPlaceAtZoom);
    }

    static FakeScreen people() {
        return new FakeScreen("people", "People", link -> link instanceof Link.ToPerson
                || link instanceof Link.ToView view && view.screen() == ScreenId.PEOPLE
                && List.of("accused", "victims").contains(view.id()));
    }

    Link lastOpened() {
        return opened.isEmpty() ? null : opened.get(opened.size() - 1);
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public String title() {
        return title;
    }


    @Override
    public Node view() {
        return view;
    }

    @Override
    public void reset() {
    }

    @Override
    public boolean canOpen(Link link) {
        return accepts.test(link);
    }

    @Override
    public void open(Link link) {
        opened.add(link);
    }
}
