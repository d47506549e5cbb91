package org.zhanaozen.kiosk.present;

import java.time.Duration;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.zhanaozen.kiosk.content.TourStep;
import org.zhanaozen.kiosk.frame.KioskClock;
import org.zhanaozen.kiosk.ui.Messages;
import org.zhanaozen.kiosk.ui.Texts;
import org.zhanaozen.kiosk.ui.Theme;

/**
 * What the presenter sees on their own screen while the audience sees the exhibit: where they are in the tour,
 * the time since they began, the speaker note of the step shown and what comes next.
 */
final class PresenterView extends VBox {

    private static final Duration TICK = Duration.ofSeconds(1);

    private final TourPlayer player;
    private final StepDescriptions descriptions;
    private final KioskClock clock;
    private final long startedAt;
    private final Label position = Texts.label("", "presenter-position");
    private final Label elapsed = Texts.label("", "presenter-elapsed");
    private final Label current = Texts.label("", "presenter-current");
    private final Label note = Texts.label("", "presenter-note");
    private final Label next = Texts.label("", "presenter-next");
    private KioskClock.Scheduled tick;

    PresenterView(TourPlayer player, StepDescriptions descriptions, KioskClock clock, long startedAt) {
        this.player = player;
        this.descriptions = descriptions;
        this.clock = clock;
        this.startedAt = startedAt;
        setId("presenter-view");
        getStyleClass().add("presenter-view");
        getStylesheets().add(Theme.stylesheet("present/present.css"));
        position.setId("presenter-position");
        elapsed.setId("presenter-elapsed");
        current.setId("presenter-current");
        note.setId("presenter-note");
        next.setId("presenter-next");
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox top = new HBox(position, gap, elapsed);
        top.setAlignment(Pos.BASELINE_LEFT);
        top.getStyleClass().add("presenter-top");
        VBox noteBox = new VBox(note);
        noteBox.getStyleClass().add("presenter-note-box");
        VBox.setVgrow(noteBox, Priority.ALWAYS);
        VBox nextBox = new VBox(Texts.label(Messages.text("presenter.next"), "presenter-caption"), next);
        nextBox.getStyleClass().add("presenter-next-box");
        getChildren().addAll(top, current, noteBox, nextBox,
                Texts.label(player.tour().title(), "presenter-tour-title"));
        player.indexProperty().addListener((obs, was, now) -> showStep());
        showStep();
        showElapsed();
    }

    private void showStep() {
        int index = player.index();
        TourStep step = player.current();
        position.setText(Messages.text("presenter.position", String.valueOf(index + 1), String.valueOf(player.size())));
        current.setText(descriptions.describe(step));
        note.setText(step.speakerNote().orElse(Messages.text("presenter.no-note")));
        note.pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("empty"), step.speakerNote().isEmpty());
        next.setText(index + 1 < player.size()
                ? descriptions.describe(player.tour().steps().get(index + 1))
                : "End of the tour");
    }

    private void showElapsed() {
        long seconds = (clock.millis() - startedAt) / 1000;
        elapsed.setText(seconds >= 3600
                ? String.format("%d:%02d:%02d", seconds / 3600, seconds / 60 % 60, seconds % 60)
                : String.format("%02d:%02d", seconds / 60, seconds % 60));
        tick = clock.schedule(TICK, this::showElapsed);
    }

    /** Stops the clock's ticking for this view. */
    void dispose() {
        if (tick != null) {
            tick.cancel();
            tick = null;
        }
    }
}
