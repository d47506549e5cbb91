package org.zhanaozen.kiosk.tools.tilegen;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.awt.image.IndexColorModel;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;

/**
 * Encodes a tile as an 8-bit palette PNG. A map of a few flat colours has few distinct pixels besides its
 * anti-aliased edges, so a per-tile palette of the most used colours looks the same and is several times smaller.
 */
final class PalettePng {

    private static final int MAX_COLORS = 256;

    private PalettePng() {
    }

    /** @param exact colours that must come out unchanged where the tile uses them (the style's flat colours) */
    static byte[] encode(BufferedImage tile, List<Color> exact) {
        int width = tile.getWidth();
        int height = tile.getHeight();
        int[] pixels = tile.getRGB(0, 0, width, height, null, 0, width);
        for (int i = 0; i < pixels.length; i++) {
            pixels[i] &= 0xFFFFFF;
        }
        int[] sorted = pixels.clone();
        Arrays.sort(sorted);
        int[][] colorsAndCounts = distinctWithCounts(sorted);
        int[] distinct = colorsAndCounts[0];
        int[] palette = choosePalette(distinct, colorsAndCounts[1], exact);
        byte[] paletteIndexOfDistinct = new byte[distinct.length];
        for (int i = 0; i < distinct.length; i++) {
            paletteIndexOfDistinct[i] = (byte) nearest(palette, distinct[i]);
        }

        IndexColorModel model = colorModel(palette);
        BufferedImage indexed = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_INDEXED, model);
        byte[] indices = ((DataBufferByte) indexed.getRaster().getDataBuffer()).getData();
        for (int i = 0; i < pixels.length; i++) {
            indices[i] = paletteIndexOfDistinct[Arrays.binarySearch(distinct, pixels[i])];
        }
        return writePng(indexed);
    }

    private static int[][] distinctWithCounts(int[] sorted) {
        int[] colors = new int[sorted.length];
        int[] counts = new int[sorted.length];
        int n = 0;
        for (int i = 0; i < sorted.length; i++) {
            if (n == 0 || colors[n - 1] != sorted[i]) {
                colors[n++] = sorted[i];
            }
            counts[n - 1]++;
        }
        return new int[][] {Arrays.copyOf(colors, n), Arrays.copyOf(counts, n)};
    }

    /** The exact colours present, then the most used others. */
    private static int[] choosePalette(int[] distinct, int[] counts, List<Color> exact) {
        if (distinct.length <= MAX_COLORS) {
            return distinct;
        }
        List<Integer> chosen = new ArrayList<>();
        for (Color color : exact) {
            int rgb = color.getRGB() & 0xFFFFFF;
            if (Arrays.binarySearch(distinct, rgb) >= 0 && !chosen.contains(rgb)) {
                chosen.add(rgb);
            }
        }
        Integer[] byUse = new Integer[distinct.length];
        for (int i = 0; i < byUse.length; i++) {
            byUse[i] = i;
        }
        Arrays.sort(byUse, Comparator.comparingInt((Integer i) -> -counts[i]).thenComparingInt(i -> distinct[i]));
        for (int i = 0; i < byUse.length && chosen.size() < MAX_COLORS; i++) {
            int rgb = distinct[byUse[i]];
            if (!chosen.contains(rgb)) {
                chosen.add(rgb);
            }
        }
        return chosen.stream().mapToInt(Integer::intValue).toArray();
    }

    private static int nearest(int[] palette, int rgb) {
        int best = 0;
        int bestDistance = Integer.MAX_VALUE;
        for (int i = 0; i < palette.length; i++) {
            int dr = (palette[i] >> 16 & 0xFF) - (rgb >> 16 & 0xFF);
            int dg = (palette[i] >> 8 & 0xFF) - (rgb >> 8 & 0xFF);
            int db = (palette[i] & 0xFF) - (rgb & 0xFF);
            int distance = 3 * dr * dr + 4 * dg * dg + 2 * db * db;
            if (distance < bestDistance) {
                bestDistance = distance;
                best = i;
            }
        }
        return best;
    }

    private static IndexColorModel colorModel(int[] palette) {
        byte[] r = new byte[palette.length];
        byte[] g = new byte[palette.length];
        byte[] b = new byte[palette.length];
        for (int i = 0; i < palette.length; i++) {
            r[i] = (byte) (palette[i] >> 16);
            g[i] = (byte) (palette[i] >> 8);
            b[i] = (byte) palette[i];
        }
        return new IndexColorModel(8, palette.length, r, g, b);
    }

    private static byte[] writePng(BufferedImage image) {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("png").next();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ImageOutputStream out = ImageIO.createImageOutputStream(bytes)) {
            writer.setOutput(out);
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(0f); // smallest file: tiles are written once, read many times
            writer.write(null, new IIOImage(image, null, null), param);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }
}
