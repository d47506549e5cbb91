package org.zhanaozen.kiosk.tools.tilegen;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import javafx.scene.paint.Color;
import org.junit.jupiter.api.Test;
import org.zhanaozen.kiosk.ui.ThemeTokens;

/**
 * The reach lines are a meaningful graphic drawn straight on the base map: WCAG 2 asks 3:1 of them against what lies
 * under them, the land and the sea the tile generator paints.
 */
class ReachLineContrastTest {

    private static final double GRAPHICS_CONTRAST = 3;
    private static final String TOKEN = "-map-reach-line";

    private static Color fx(java.awt.Color colour) {
        return Color.rgb(colour.getRed(), colour.getGreen(), colour.getBlue());
    }

    @Test
    void theReachLinesStandOutFromTheLandAndTheSea() {
        Color line = ThemeTokens.read().get(TOKEN);

        assertThat(line).as(TOKEN + " in theme.css").isNotNull();
        assertThat(ThemeTokens.contrast(line, fx(MapStyle.LAND))).as("against the land").isGreaterThanOrEqualTo(
                GRAPHICS_CONTRAST);
        assertThat(ThemeTokens.contrast(line, fx(MapStyle.WATER))).as("against the sea").isGreaterThanOrEqualTo(
                GRAPHICS_CONTRAST);
    }

    @Test
    void theLegendShowsTheLineAsClearlyOnItsPanel() {
        Map<String, Color> tokens = ThemeTokens.read();

        assertThat(ThemeTokens.contrast(tokens.get(TOKEN), tokens.get("-kiosk-surface")))
                .isGreaterThanOrEqualTo(GRAPHICS_CONTRAST);
    }
}
