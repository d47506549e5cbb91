package org.zhanaozen.kiosk.timeline;

import java.util.List;
import javafx.scene.Node;
import javafx.util.Duration;
import org.zhanaozen.kiosk.content.Exhibit;
import org.zhanaozen.kiosk.content.ScreenId;
import org.zhanaozen.kiosk.frame.Link;
import org.zhanaozen.kiosk.frame.Navigator;
import org.zhanaozen.kiosk.frame.Screen;
import org.zhanaozen.kiosk.frame.ScreenState;
import org.zhanaozen.kiosk.ui.Motion;
import org.zhanaozen.kiosk.ui.ScreenNames;

/** The timeline: every dated event of the story on one axis, by phase, to scroll and zoom with a finger. */
public final class TimelineScreen implements Screen {

    /** How long following a link takes to scroll the timeline to its event, with transitions on. */
    private static final Duration GLIDE = Duration.millis(700);

    private final Exhibit exhibit;
    private final Motion motion;
    private final TimelineModel model;
    private final TimelineView view;

    public TimelineScreen(Exhibit exhibit, Navigator navigator, Motion motion) {
        this(exhibit, navigator, Pulse.animationTimer(), motion);
    }

    /** With the frames a fling's inertia and a glide run on, which tests step by hand. */
    public TimelineScreen(Exhibit exhibit, Navigator navigator, Pulse pulse, Motion motion) {
        this.exhibit = exhibit;
        this.motion = motion;
        this.model = new TimelineModel(exhibit.events(),
                TimelineAxis.of(exhibit.events(), exhibit.openings().timelineOpening()), pulse);
        this.view = new TimelineView(exhibit, navigator, model);
        model.openEventProperty().addListener((obs, old, event) -> {
            if (event != null) {
                navigator.opened(new Link.ToEvent(event.id()));
            }
        });
    }

    public TimelineModel model() {
        return model;
    }

    @Override
    public String id() {
        return ScreenId.TIMELINE.id();
    }

    @Override
    public String title() {
        return ScreenNames.of(ScreenId.TIMELINE);
    }


    @Override
    public Node view() {
        return view;
    }

    @Override
    public void reset() {
        model.reset();
    }

    @Override
    public boolean canOpen(Link link) {
        return link instanceof Link.ToEvent && exhibit.event(link.id()).isPresent();
    }

    @Override
    public void open(Link link) {
        exhibit.event(link.id()).ifPresent(event -> model.reveal(event, motion.duration(GLIDE)));
    }

    @Override
    public List<ScreenState> screenshotStates() {
        return List.of(
                new ScreenState("zoomed-in", () -> {
                    model.zoomIn();
                    model.zoomIn();
                }),
                new ScreenState("zoomed-out", () -> model.show(model.axis().firstDay().toEpochDay(), model.maxSpan())),
                new ScreenState("detail-open", () -> exhibit.events().stream()
                        .filter(e -> !e.people().isEmpty() || !e.places().isEmpty() || e.media() != null).findFirst()
                        .ifPresent(model::reveal)),
                new ScreenState("filter-set", () -> exhibit.phases().stream().skip(2).limit(2)
                        .forEach(phase -> model.togglePhase(phase.id()))),
                new ScreenState("group-open", () -> firstBusyMonth().ifPresent(model::openGroup)));
    }

    /** The events of the first month with more than one, a group the timeline collapses when zoomed out. */
    private java.util.Optional<List<org.zhanaozen.kiosk.content.Event>> firstBusyMonth() {
        return model.events().stream()
                .collect(java.util.stream.Collectors.groupingBy(e -> java.time.YearMonth.from(e.date().start()),
                        java.util.TreeMap::new, java.util.stream.Collectors.toList()))
                .values().stream().filter(events -> events.size() > 1).findFirst();
    }
}
