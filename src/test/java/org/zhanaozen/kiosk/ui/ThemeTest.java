package org.zhanaozen.kiosk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import javafx.scene.paint.Color;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The theme's mixed colours are the mixes they say they are, so changing a phase colour cannot leave its tint behind. */
class ThemeTest {

    private static final double PHASE_TINT = 0.13;
    private static final double GRIDLINE = 0.6;

    private static Map<String, Color> tokens() {
        return ThemeTokens.read();
    }

    /** {@code amount} of {@code colour} over {@code background}, as the tint would look drawn with that opacity. */
    private static Color over(Color colour, Color background, double amount) {
        return background.interpolate(colour, amount);
    }

    private static void assertSameColour(Color actual, Color expected, String token) {
        // Hex digits round each channel to 1/255.
        double tolerance = 1.0 / 255 + 1e-9;
        assertThat(Math.abs(actual.getRed() - expected.getRed())).as(token + " red").isLessThanOrEqualTo(tolerance);
        assertThat(Math.abs(actual.getGreen() - expected.getGreen())).as(token + " green").isLessThanOrEqualTo(tolerance);
        assertThat(Math.abs(actual.getBlue() - expected.getBlue())).as(token + " blue").isLessThanOrEqualTo(tolerance);
    }

    @ParameterizedTest
    @ValueSource(strings = {"strike", "tragedy", "arrests-trials", "ban", "europe"})
    void eachPhaseTintIsItsColourOverTheBackground(String phase) {
        Map<String, Color> tokens = tokens();
        Color colour = tokens.get("-phase-" + phase);
        Color tint = tokens.get("-phase-" + phase + "-tint");
        assertThat(colour).as("-phase-" + phase).isNotNull();
        assertThat(tint).as("-phase-" + phase + "-tint").isNotNull();
        assertSameColour(tint, over(colour, tokens.get("-kiosk-bg"), PHASE_TINT), "-phase-" + phase + "-tint");
    }

    @Test
    void theGridlineIsTheLineColourOverTheBackground() {
        Map<String, Color> tokens = tokens();
        assertSameColour(tokens.get("-kiosk-gridline"), over(tokens.get("-kiosk-line"), tokens.get("-kiosk-bg"), GRIDLINE),
                "-kiosk-gridline");
    }

    @ParameterizedTest
    @ValueSource(strings = {"-era-band-odd", "-era-band-even"})
    void eraNamesReadOnTheirBands(String band) {
        Map<String, Color> tokens = tokens();
        assertThat(tokens.get(band)).as(band).isNotNull();
        assertThat(ThemeTokens.contrast(tokens.get("-kiosk-text"), tokens.get(band))).as(band).isGreaterThanOrEqualTo(4.5);
        assertThat(tokens.get(band)).as("two eras that touch are told apart").isNotEqualTo(
                tokens.get(band.equals("-era-band-odd") ? "-era-band-even" : "-era-band-odd"));
    }
}
