package org.zhanaozen.kiosk.tools.tilegen;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.GraphicsEnvironment;
import java.awt.font.TextAttribute;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * The calm exhibition look: muted sand land, pale water, thin borders, few dark labels, so the story's markers are
 * the strongest thing on the map. Sizes are in logical (256-px tile) pixels; tiles are drawn at {@link #PIXEL_RATIO}.
 */
final class MapStyle {

    /** Tile images are 512 px for 256 logical px: crisp on 4K screens at 200 % scaling. */
    static final int PIXEL_RATIO = 2;
    static final int TILE_PIXELS = 256 * PIXEL_RATIO;

    static final Color WATER = new Color(0xCFDDE6);
    static final Color LAND = new Color(0xEEEAE2);
    static final Color DESERT = new Color(0xECE5D7);
    static final Color PLAYA = new Color(0xF4F1EA);
    static final Color PLAYA_EDGE = new Color(0xDCD2C1);
    static final Color COAST = new Color(0xAFC5D3);
    static final Color RIVER = new Color(0xB4CAD8);
    static final Color BORDER = new Color(0xB0A392);
    static final Color PROVINCE_BORDER = new Color(0xD2C8BA);

    static final Color COUNTRY_TEXT = new Color(0x8E8172);
    static final Color CITY_TEXT = new Color(0x4A443D);
    static final Color WATER_TEXT = new Color(0x6A8CA3);
    static final Color REGION_TEXT = new Color(0xA59579);
    static final Color CITY_DOT = new Color(0x6B6259);
    static final Color HALO_ON_LAND = new Color(0xEEEAE2);

    /** Colours every tile may use exactly; the palette reduction keeps them. */
    static final List<Color> FLAT_COLORS = List.of(WATER, LAND, DESERT, PLAYA, PLAYA_EDGE, COAST, RIVER, BORDER,
            PROVINCE_BORDER, COUNTRY_TEXT, CITY_TEXT, WATER_TEXT, REGION_TEXT, CITY_DOT);

    private static final String FONT_FAMILY = firstInstalled("DejaVu Sans", "Noto Sans", "SansSerif");

    private MapStyle() {
    }

    static float borderWidth(int zoom) {
        return px(zoom <= 2 ? 0.6f : zoom <= 4 ? 0.8f : zoom <= 7 ? 1.0f : 1.3f);
    }

    /** At least as wide as a border, so it hides the coastal stretch of country outlines at world zooms. */
    static float coastWidth(int zoom) {
        return borderWidth(zoom) + px(0.2f);
    }

    static float riverWidth(int zoom) {
        return px(zoom <= 5 ? 0.5f : zoom <= 7 ? 0.7f : 1.0f);
    }

    static BasicStroke line(float width) {
        return new BasicStroke(width, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
    }

    static BasicStroke dashed(float width) {
        return new BasicStroke(width, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f,
                new float[] {px(3), px(2)}, 0f);
    }

    static Font font(int style, float logicalSize, float tracking) {
        Font base = new Font(FONT_FAMILY, style, 1).deriveFont(px(logicalSize));
        return tracking == 0 ? base : base.deriveFont(Map.of(TextAttribute.TRACKING, tracking));
    }

    static float px(float logical) {
        return logical * PIXEL_RATIO;
    }

    private static String firstInstalled(String... families) {
        List<String> installed = Arrays.asList(
                GraphicsEnvironment.getLocalGraphicsEnvironment().getAvailableFontFamilyNames());
        return Arrays.stream(families).filter(installed::contains).findFirst().orElse(Font.SANS_SERIF);
    }
}
