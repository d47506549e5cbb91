package org.zhanaozen.kiosk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.scene.paint.Color;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.zhanaozen.kiosk.content.Phase;

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

    @Test
    void everyPhaseSlotHasAColourAndItsTintOverTheBackground() {
        Map<String, Color> tokens = tokens();
        for (int slot = 1; slot <= Phase.SLOTS; slot++) {
            Color colour = tokens.get("-phase-" + slot);
            Color tint = tokens.get("-phase-" + slot + "-tint");
            assertThat(colour).as("-phase-" + slot).isNotNull();
            assertThat(tint).as("-phase-" + slot + "-tint").isNotNull();
            assertSameColour(tint, over(colour, tokens.get("-kiosk-bg"), PHASE_TINT), "-phase-" + slot + "-tint");
        }
        assertThat(tokens).as("no colour for a slot the loader does not allow").doesNotContainKey(
                "-phase-" + (Phase.SLOTS + 1));
    }

    /**
     * Every two phase colours stay apart as seen with each kind of dichromacy, simulated with the Viénot, Brettel and
     * Mollon (1999) matrices for protanopia and deuteranopia and Brettel's for tritanopia, in linear RGB.
     */
    @Test
    void phaseColoursStayApartWithColourBlindness() {
        Map<String, Color> tokens = tokens();
        List<Color> phases = new ArrayList<>();
        for (int slot = 1; slot <= Phase.SLOTS; slot++) {
            phases.add(tokens.get("-phase-" + slot));
        }
        for (Map.Entry<String, double[][]> vision : VISIONS.entrySet()) {
            for (int a = 0; a < phases.size(); a++) {
                for (int b = a + 1; b < phases.size(); b++) {
                    double difference = deltaE(lab(seen(phases.get(a), vision.getValue())),
                            lab(seen(phases.get(b), vision.getValue())));
                    assertThat(difference).as("-phase-%d and -phase-%d with %s", a + 1, b + 1, vision.getKey())
                            .isGreaterThanOrEqualTo(MIN_PHASE_DIFFERENCE);
                }
            }
        }
    }

    /** CIE76: about 2 is just noticeable; 10 tells two marks apart at a glance. */
    private static final double MIN_PHASE_DIFFERENCE = 10;
    private static final double[][] TYPICAL = {{1, 0, 0}, {0, 1, 0}, {0, 0, 1}};
    private static final Map<String, double[][]> VISIONS = new LinkedHashMap<>();

    static {
        VISIONS.put("typical vision", TYPICAL);
        VISIONS.put("protanopia", new double[][] {
                {0.152286, 1.052583, -0.204868}, {0.114503, 0.786281, 0.099216}, {-0.003882, -0.048116, 1.051998}});
        VISIONS.put("deuteranopia", new double[][] {
                {0.367322, 0.860646, -0.227968}, {0.280085, 0.672501, 0.047413}, {-0.011820, 0.042940, 0.968881}});
        VISIONS.put("tritanopia", new double[][] {
                {1.255528, -0.076749, -0.178779}, {-0.078411, 0.930809, 0.147602}, {0.004733, 0.691367, 0.303900}});
    }

    /** The colour's linear RGB as that vision sees it. */
    private static double[] seen(Color colour, double[][] vision) {
        double[] linear = {linear(colour.getRed()), linear(colour.getGreen()), linear(colour.getBlue())};
        double[] seen = new double[3];
        for (int i = 0; i < 3; i++) {
            double sum = 0;
            for (int j = 0; j < 3; j++) {
                sum += vision[i][j] * linear[j];
            }
            seen[i] = Math.max(0, Math.min(1, sum));
        }
        return seen;
    }

    private static double linear(double channel) {
        return channel <= 0.04045 ? channel / 12.92 : Math.pow((channel + 0.055) / 1.055, 2.4);
    }

    /** CIE L*a*b* of linear sRGB, D65 white. */
    private static double[] lab(double[] rgb) {
        double x = (0.4124 * rgb[0] + 0.3576 * rgb[1] + 0.1805 * rgb[2]) / 0.95047;
        double y = 0.2126 * rgb[0] + 0.7152 * rgb[1] + 0.0722 * rgb[2];
        double z = (0.0193 * rgb[0] + 0.1192 * rgb[1] + 0.9505 * rgb[2]) / 1.08883;
        return new double[] {116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z))};
    }

    private static double f(double t) {
        return t > 0.008856 ? Math.cbrt(t) : 7.787 * t + 16.0 / 116;
    }

    private static double deltaE(double[] a, double[] b) {
        return Math.sqrt(Math.pow(a[0] - b[0], 2) + Math.pow(a[1] - b[1], 2) + Math.pow(a[2] - b[2], 2));
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
