package org.zhanaozen.kiosk.ui;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.scene.paint.Color;

/** The theme's colour tokens as the stylesheet writes them, and the WCAG contrast of two colours, for tests. */
public final class ThemeTokens {

    private ThemeTokens() {
    }

    /** Every {@code -token: #rrggbb;} of theme.css. */
    public static Map<String, Color> read() {
        Map<String, Color> tokens = new HashMap<>();
        try (InputStream in = new URL(Theme.stylesheet("theme.css")).openStream()) {
            Matcher m = Pattern.compile("(-[a-z0-9-]+):\\s*(#[0-9a-fA-F]{6});")
                    .matcher(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            while (m.find()) {
                tokens.put(m.group(1), Color.web(m.group(2)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return tokens;
    }

    /** The WCAG 2 contrast ratio of two opaque colours, from 1 (same) to 21 (black on white). */
    public static double contrast(Color a, Color b) {
        double la = relativeLuminance(a);
        double lb = relativeLuminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    private static double relativeLuminance(Color c) {
        return 0.2126 * linear(c.getRed()) + 0.7152 * linear(c.getGreen()) + 0.0722 * linear(c.getBlue());
    }

    private static double linear(double channel) {
        return channel <= 0.03928 ? channel / 12.92 : Math.pow((channel + 0.055) / 1.055, 2.4);
    }
}
