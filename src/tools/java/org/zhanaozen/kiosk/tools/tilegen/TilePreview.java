package org.zhanaozen.kiosk.tools.tilegen;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import javax.imageio.ImageIO;
import org.zhanaozen.kiosk.map.tiles.MbtilesTileSource;
import org.zhanaozen.kiosk.map.tiles.WebMercator;

/**
 * Writes a mosaic of tiles around a place as one PNG, to look at the rendered map without the kiosk:
 * {@code TilePreview <file.mbtiles> <out.png> <zoom> <lon> <lat> [tilesAcross] [tilesDown]}.
 * Missing tiles show magenta.
 */
public final class TilePreview {

    private TilePreview() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 5) {
            System.err.println("usage: TilePreview <file.mbtiles> <out.png> <zoom> <lon> <lat> [across] [down]");
            System.exit(2);
        }
        int zoom = Integer.parseInt(args[2]);
        double lon = Double.parseDouble(args[3]);
        double lat = Double.parseDouble(args[4]);
        int across = args.length > 5 ? Integer.parseInt(args[5]) : 1;
        int down = args.length > 6 ? Integer.parseInt(args[6]) : across;
        try (MbtilesTileSource source = MbtilesTileSource.open(Path.of(args[0]))) {
            source.problem().ifPresent(problem -> {
                throw new IllegalArgumentException(problem);
            });
            int size = source.info().orElseThrow().tileSize();
            long firstColumn = WebMercator.tileColumn(lon, zoom) - (across - 1) / 2;
            long firstRow = WebMercator.tileRow(lat, zoom) - (down - 1) / 2;
            BufferedImage mosaic = new BufferedImage(across * size, down * size, BufferedImage.TYPE_INT_RGB);
            Graphics2D g = mosaic.createGraphics();
            g.setColor(Color.MAGENTA);
            g.fillRect(0, 0, mosaic.getWidth(), mosaic.getHeight());
            for (int i = 0; i < across; i++) {
                for (int j = 0; j < down; j++) {
                    Optional<byte[]> tile = source.tileData(zoom, firstColumn + i, firstRow + j);
                    if (tile.isPresent()) {
                        g.drawImage(ImageIO.read(new ByteArrayInputStream(tile.get())), i * size, j * size, null);
                    }
                }
            }
            g.dispose();
            ImageIO.write(mosaic, "png", Path.of(args[1]).toFile());
        }
    }
}
