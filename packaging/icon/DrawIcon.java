import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.GeneralPath;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.imageio.ImageIO;

/**
 * Draws the kiosk's icon: a "Z" in the exhibit's bold face on its dark background, above an amber line for the
 * "new river" the town's name means. Our own drawing, in the theme's colours; writes zhanaozen-kiosk.png (Linux),
 * .ico (Windows) and .icns (macOS), each holding PNG images.
 *
 * <p>Run from the project folder: {@code java -Djava.awt.headless=true packaging/icon/DrawIcon.java packaging/icon}
 */
public class DrawIcon {

    private static final Color BACKGROUND = new Color(0x121417);   // -kiosk-bg
    private static final Color TEXT = new Color(0xf3f0ea);         // -kiosk-text
    private static final Color ACCENT = new Color(0xe8a33d);       // -kiosk-accent
    private static final Path FONT = Path.of("src/main/resources/org/zhanaozen/kiosk/fonts/NotoSansDisplay-Bold.ttf");

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args.length > 0 ? args[0] : "packaging/icon");
        Font font;
        try (InputStream in = Files.newInputStream(FONT)) {
            font = Font.createFont(Font.TRUETYPE_FONT, in);
        }
        ImageIO.write(draw(256, font), "png", out.resolve("zhanaozen-kiosk.png").toFile());
        Files.write(out.resolve("zhanaozen-kiosk.ico"), ico(font, 16, 24, 32, 48, 64, 128, 256));
        Map<String, Integer> icns = new LinkedHashMap<>();
        icns.put("icp4", 16);
        icns.put("icp5", 32);
        icns.put("icp6", 64);
        icns.put("ic07", 128);
        icns.put("ic08", 256);
        icns.put("ic09", 512);
        icns.put("ic10", 1024);
        Files.write(out.resolve("zhanaozen-kiosk.icns"), icns(font, icns));
    }

    static BufferedImage draw(int size, Font font) {
        BufferedImage image = new BufferedImage(size, size, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
        double s = size;
        g.setColor(BACKGROUND);
        g.fill(new RoundRectangle2D.Double(0, 0, s, s, s * 0.22, s * 0.22));

        g.setFont(font.deriveFont((float) (s * 0.62)));
        FontMetrics metrics = g.getFontMetrics();
        String letter = "Z";
        float x = (float) ((s - metrics.stringWidth(letter)) / 2);
        float baseline = (float) (s * 0.64);
        g.setColor(TEXT);
        g.drawString(letter, x, baseline);

        GeneralPath river = new GeneralPath();
        double y = s * 0.79;
        double amplitude = s * 0.035;
        river.moveTo(s * 0.18, y);
        river.curveTo(s * 0.32, y - amplitude * 2, s * 0.40, y + amplitude * 2, s * 0.50, y);
        river.curveTo(s * 0.60, y - amplitude * 2, s * 0.68, y + amplitude * 2, s * 0.82, y);
        g.setColor(ACCENT);
        g.setStroke(new BasicStroke((float) Math.max(1.5, s * 0.045), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.draw(river);
        g.dispose();
        return image;
    }

    static byte[] png(int size, Font font) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ImageIO.write(draw(size, font), "png", bytes);
        return bytes.toByteArray();
    }

    /** An .ico of PNG entries (Windows Vista and later), little-endian. */
    static byte[] ico(Font font, int... sizes) throws IOException {
        byte[][] images = new byte[sizes.length][];
        for (int i = 0; i < sizes.length; i++) {
            images[i] = png(sizes[i], font);
        }
        int offset = 6 + 16 * sizes.length;
        ByteBuffer header = ByteBuffer.allocate(offset).order(ByteOrder.LITTLE_ENDIAN);
        header.putShort((short) 0).putShort((short) 1).putShort((short) sizes.length);
        for (int i = 0; i < sizes.length; i++) {
            header.put((byte) (sizes[i] >= 256 ? 0 : sizes[i])).put((byte) (sizes[i] >= 256 ? 0 : sizes[i]));
            header.put((byte) 0).put((byte) 0).putShort((short) 1).putShort((short) 32);
            header.putInt(images[i].length).putInt(offset);
            offset += images[i].length;
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(header.array());
        for (byte[] image : images) {
            out.write(image);
        }
        return out.toByteArray();
    }

    /** An .icns of PNG entries, big-endian: "icns", total length, then (type, length, data) per entry. */
    static byte[] icns(Font font, Map<String, Integer> entries) throws IOException {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        DataOutputStream data = new DataOutputStream(body);
        for (Map.Entry<String, Integer> entry : entries.entrySet()) {
            byte[] image = png(entry.getValue(), font);
            data.writeBytes(entry.getKey());
            data.writeInt(8 + image.length);
            data.write(image);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        DataOutputStream file = new DataOutputStream(out);
        file.writeBytes("icns");
        file.writeInt(8 + body.size());
        file.write(body.toByteArray());
        return out.toByteArray();
    }
}
