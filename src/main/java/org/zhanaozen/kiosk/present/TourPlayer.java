package org.zhanaozen.kiosk.present;

import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.zhanaozen.kiosk.content.ScreenId;
import org.zhanaozen.kiosk.content.Tour;
import org.zhanaozen.kiosk.content.TourStep;
import org.zhanaozen.kiosk.frame.Link;
import org.zhanaozen.kiosk.frame.Navigator;
import org.zhanaozen.kiosk.frame.Screen;

/**
 * Steps through the guided tour on the exhibit's own screens. Each step is shown by following a link to what it
 * names (the screens animate there in their {@code open}), or by going to its screen. The index stays where it is
 * while the presenter navigates freely, so "next" carries on from the step left.
 *
 * <p>A step this build cannot show at all (its screen is missing) is skipped in the direction of travel, with a
 * log line; a step whose target the screen cannot open falls back to the screen. Nothing here throws at the
 * presenter.
 */
public final class TourPlayer {

    private static final Logger LOG = LoggerFactory.getLogger(TourPlayer.class);

    private final Tour tour;
    private final Navigator navigator;
    private final ReadOnlyIntegerWrapper index = new ReadOnlyIntegerWrapper(this, "index", 0);
    /** Steps already reported as skipped: a looping autoplay would otherwise log them on every lap. */
    private final Set<Integer> reportedSkipped = new HashSet<>();

    public TourPlayer(Tour tour, Navigator navigator) {
        this.tour = tour;
        this.navigator = navigator;
    }

    public Tour tour() {
        return tour;
    }

    /** The step shown last, from 0. */
    public ReadOnlyIntegerProperty indexProperty() {
        return index.getReadOnlyProperty();
    }

    public int index() {
        return index.get();
    }

    public int size() {
        return tour.steps().size();
    }

    public TourStep current() {
        return tour.steps().get(index.get());
    }

    public void first() {
        showFrom(0, 1);
    }

    public void last() {
        showFrom(size() - 1, -1);
    }

    public void next() {
        showFrom(index.get() + 1, 1);
    }

    public void previous() {
        showFrom(index.get() - 1, -1);
    }

    /** Shows the step at this index (from 0), or the next one that can be shown; an index off the tour is ignored. */
    public void jumpTo(int stepIndex) {
        if (stepIndex < 0 || stepIndex >= size()) {
            LOG.info("Tour: there is no step {} (the tour has {})", stepIndex + 1, size());
            return;
        }
        showFrom(stepIndex, 1);
    }

    /** The next step, or the first after the last: a tour that loops on its own. */
    public void nextLooping() {
        for (int offset = 1; offset <= size(); offset++) {
            int candidate = (index.get() + offset) % size();
            if (show(candidate)) {
                return;
            }
        }
    }

    /** Shows the current step again (after the presenter or a visitor wandered off). */
    public void showCurrent() {
        show(index.get());
    }

    private void showFrom(int start, int direction) {
        for (int candidate = start; candidate >= 0 && candidate < size(); candidate += direction) {
            if (show(candidate)) {
                return;
            }
        }
    }

    private boolean show(int stepIndex) {
        TourStep step = tour.steps().get(stepIndex);
        if (!showStep(stepIndex, step)) {
            if (reportedSkipped.add(stepIndex)) {
                LOG.warn("Tour step {} skipped: this exhibit has no \"{}\" screen", stepIndex + 1,
                        step.screen().id());
            }
            return false;
        }
        index.set(stepIndex);
        return true;
    }

    private boolean showStep(int stepIndex, TourStep step) {
        Optional<Link> target = target(step);
        Optional<Screen> screen = navigator.screen(step.screen().id());
        if (target.isPresent()) {
            try {
                if (navigator.canFollow(target.get())) {
                    navigator.follow(target.get());
                    return true;
                }
                screen.ifPresent(s -> LOG.warn("Tour step {}: no screen can show {}; showing the \"{}\" screen",
                        stepIndex + 1, target.get(), s.id()));
            } catch (RuntimeException e) {
                LOG.error("Tour step {}: showing {} failed; showing its screen", stepIndex + 1, target.get(), e);
            }
        }
        screen.ifPresent(navigator::go);
        return screen.isPresent();
    }

    /** What the step points at on its screen, as a link; empty when it names the screen only. */
    static Optional<Link> target(TourStep step) {
        return Optional.ofNullable(switch (step.screen()) {
            case TIMELINE -> step.event() == null ? null : new Link.ToEvent(step.event());
            case MAP -> step.place() == null ? null : step.mapZoom()
                    .<Link>map(zoom -> new Link.ToPlaceAtZoom(step.place(), zoom))
                    .orElseGet(() -> new Link.ToPlace(step.place()));
            case PEOPLE -> step.person() != null ? new Link.ToPerson(step.person())
                    : step.view() != null ? new Link.ToView(ScreenId.PEOPLE, step.view()) : null;
            default -> null;
        });
    }
}
