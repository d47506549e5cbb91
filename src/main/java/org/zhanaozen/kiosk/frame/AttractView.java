package org.zhanaozen.kiosk.frame;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.input.InputEvent;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.zhanaozen.kiosk.content.ExhibitInfo;
import org.zhanaozen.kiosk.content.KeyFigure;
import org.zhanaozen.kiosk.ui.KeyFigureTile;
import org.zhanaozen.kiosk.ui.Messages;
import org.zhanaozen.kiosk.ui.ResponsiveGrid;
import org.zhanaozen.kiosk.ui.Texts;

/**
 * What a kiosk shows while nobody uses it: the exhibit's name, its key figures and an unmistakable
 * "Touch to begin". In calm motion, each figure in turn comes forward (grows a little), the invitation breathes and the
 * whole drifts a little; nothing fades, so all text keeps its full contrast (which also spares the screen from burn-in over weeks); with reduced motion it stands still.
 * Where things are is a pure function of the time given to {@link #showAt}, so tests and screenshots can fix it.
 */
final class AttractView extends StackPane {

    /** Each key figure comes forward for this long, in turn. */
    static final long FIGURE_MILLIS = 6_000;
    private static final long BREATH_MILLIS = 4_000;
    private static final long DRIFT_X_MILLIS = 61_000;
    private static final long DRIFT_Y_MILLIS = 47_000;
    /** The drift's reach, as a share of the screen's shorter side (about 0.8 em). */
    private static final double DRIFT = 0.018;
    /** How much larger a figure is while it is forward: within the grid's gap, so it never covers its neighbours. */
    private static final double FORWARD_SCALE = 0.08;
    /** How much larger the invitation is at the top of its breath. */
    private static final double BREATH_SCALE = 0.05;
    /** How long one figure takes to hand over to the next. */
    private static final double CROSSFADE = 1_200.0 / FIGURE_MILLIS;

    private final boolean reducedMotion;
    private final VBox content;
    private final List<Node> figures = new ArrayList<>();
    private final Label invitation;

    AttractView(ExhibitInfo info, boolean reducedMotion) {
        this.reducedMotion = reducedMotion;
        setId("attract");
        getStyleClass().addAll("kiosk-overlay", "attract");
        Label title = Texts.label(info.title(), "attract-title");
        title.setId("attract-title");
        Label meaning = Texts.optional(info.nameMeaning(), "attract-meaning");
        for (KeyFigure figure : info.keyFigures()) {
            VBox tile = KeyFigureTile.create(figure, "attract-figure");
            tile.setAlignment(Pos.TOP_CENTER);
            figures.add(tile);
        }
        ResponsiveGrid grid = new ResponsiveGrid(Math.max(1, Math.min(figures.size(), 5)), 2, figures);
        grid.getStyleClass().add("attract-figures");
        invitation = new Label(Messages.text("attract.invitation"));
        invitation.setId("attract-touch");
        invitation.getStyleClass().add("attract-touch");
        invitation.setMinWidth(Label.USE_PREF_SIZE);
        content = new VBox(title, meaning, grid, invitation);
        content.getStyleClass().add("attract-content");
        content.setAlignment(Pos.CENTER);
        content.setMaxSize(USE_PREF_SIZE, USE_PREF_SIZE);
        getChildren().add(content);
        addEventHandler(InputEvent.ANY, InputEvent::consume);
        showAt(0);
    }

    /** Places everything as it is {@code millis} after the attract state began. */
    void showAt(long millis) {
        if (reducedMotion) {
            return;
        }
        double reach = DRIFT * Math.min(getWidth(), getHeight());
        content.setTranslateX(reach * Math.sin(2 * Math.PI * millis / DRIFT_X_MILLIS));
        content.setTranslateY(reach * Math.sin(2 * Math.PI * millis / DRIFT_Y_MILLIS));
        // By size alone, never by fading: text at part opacity falls below readable contrast (4.5:1).
        double breath = 1 + BREATH_SCALE * (1 + Math.cos(2 * Math.PI * millis / BREATH_MILLIS)) / 2;
        invitation.setScaleX(breath);
        invitation.setScaleY(breath);
        for (int i = 0; i < figures.size(); i++) {
            double scale = 1 + FORWARD_SCALE * nearness(millis, i);
            figures.get(i).setScaleX(scale);
            figures.get(i).setScaleY(scale);
        }
    }

    /**
     * 1 during figure i's turn (centred on i × {@link #FIGURE_MILLIS}, so the first figure is forward at the start),
     * 0 outside it, crossfading with its neighbours at the turn's edges.
     */
    private double nearness(long millis, int index) {
        long cycle = FIGURE_MILLIS * figures.size();
        double position = (double) (millis % cycle) / FIGURE_MILLIS;
        double distance = Math.abs(position - index);
        distance = Math.min(distance, figures.size() - distance);
        return Math.max(0, Math.min(1, (0.5 + CROSSFADE / 2 - distance) / CROSSFADE));
    }
}
