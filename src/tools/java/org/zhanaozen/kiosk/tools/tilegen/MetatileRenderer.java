package org.zhanaozen.kiosk.tools.tilegen;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.geom.AffineTransform;
import java.awt.geom.Area;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.zhanaozen.kiosk.map.tiles.GeoBounds;
import org.zhanaozen.kiosk.map.tiles.WebMercator;

/**
 * Draws a square block of tiles in one image with Java2D. Drawing several tiles at once shares the work of
 * selecting and projecting the geometry; lines and names run on seamlessly across the tile edges inside it, and the
 * label placement (done per zoom level, see {@link Labels}) keeps names whole across the block's own edges.
 */
final class MetatileRenderer {

    private static final Set<String> TINTED_REGION_CLASSES = Set.of("Desert", "Plateau");
    private static final Set<String> NON_BORDER_LINES = Set.of("Lease limit", "Overlay limit");
    private static final Color HALO = new Color(MapStyle.HALO_ON_LAND.getRed(), MapStyle.HALO_ON_LAND.getGreen(),
            MapStyle.HALO_ON_LAND.getBlue(), 200);

    private final NaturalEarth data;
    private final TilesetPlan plan;

    MetatileRenderer(NaturalEarth data, TilesetPlan plan) {
        this.data = data;
        this.plan = plan;
    }

    /** The block of {@code tilesAcross}² tiles whose north-west tile is (firstColumn, firstRow), as one RGB image. */
    BufferedImage render(int zoom, long firstColumn, long firstRow, int tilesAcross, List<Labels.PlacedLabel> labels) {
        int size = tilesAcross * MapStyle.TILE_PIXELS;
        return render(zoom, new Rectangle2D.Double(firstColumn * (double) MapStyle.TILE_PIXELS,
                firstRow * (double) MapStyle.TILE_PIXELS, size, size), labels);
    }

    /**
     * The map under a placed name without the name (nor any other: placed names never overlap), the size of its box
     * rounded out to whole pixels: the kiosk lays it over a name one of its own labels would cover.
     */
    BufferedImage renderGround(int zoom, Labels.PlacedLabel label) {
        return render(zoom, wholePixels(label.box()), List.of());
    }

    /** A rectangle grown to whole pixels, so an image of it lies exactly on the tiles' pixels. */
    static Rectangle2D wholePixels(Rectangle2D box) {
        double minX = Math.floor(box.getMinX());
        double minY = Math.floor(box.getMinY());
        return new Rectangle2D.Double(minX, minY, Math.ceil(box.getMaxX()) - minX, Math.ceil(box.getMaxY()) - minY);
    }

    /** The part of a zoom level given in that level's pixels (512-px tiles), with these labels, as one RGB image. */
    private BufferedImage render(int zoom, Rectangle2D pixels, List<Labels.PlacedLabel> labels) {
        double scale = MapStyle.TILE_PIXELS * (double) WebMercator.tilesAcross(zoom);
        double originX = pixels.getX();
        double originY = pixels.getY();
        int width = (int) pixels.getWidth();
        int height = (int) pixels.getHeight();
        Block block = new Block(zoom, new AffineTransform(scale, 0, 0, scale, -originX, -originY),
                new Rectangle2D.Double(originX / scale, originY / scale, width / scale, height / scale));

        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            Area whole = new Area(new Rectangle2D.Double(0, 0, width, height));
            if (zoom < plan.firstDetailedZoom()) {
                drawGround(g, block, whole, false);
            } else {
                Area detailed = new Area(block.toPixels().createTransformedShape(worldRect(plan.detailedData())));
                Area outside = new Area(whole);
                outside.subtract(detailed);
                detailed.intersect(whole);
                drawGround(g, block, outside, false);
                drawGround(g, block, detailed, true);
            }
            g.setClip(null);
            drawWater(g, block);
            drawLabels(g, labels, originX, originY, width, height);
        } finally {
            g.dispose();
        }
        return image;
    }

    /** Geometry selection and projection for one block. */
    private record Block(int zoom, AffineTransform toPixels, Rectangle2D world) {

        Stream<Shape> shapes(List<GeoFeature> features) {
            return features(features).map(feature -> toPixels.createTransformedShape(feature.path()));
        }

        Stream<GeoFeature> features(List<GeoFeature> features) {
            return features.stream().filter(feature -> feature.bounds().intersects(world)
                    || world.contains(feature.bounds().getX(), feature.bounds().getY()));
        }
    }

    /**
     * Land, landscape tints, borders and sea within {@code clip}. Country outlines are drawn before the sea and the
     * coast over them, so at world zooms (50 m countries, outlines only) borders show on land and not along coasts.
     */
    private void drawGround(Graphics2D g, Block block, Area clip, boolean detailed) {
        if (clip.isEmpty()) {
            return;
        }
        int zoom = block.zoom();
        g.setClip(clip);
        g.setColor(MapStyle.LAND);
        g.fill(clip);

        // Natural Earth's landscape outlines are coarse: a hint at overview zooms, odd-looking blobs up close
        if (zoom >= 3 && zoom <= 7) {
            g.setColor(MapStyle.DESERT);
            block.shapes(data.shapes(NaturalEarth.REGIONS_10M).stream()
                    .filter(region -> TINTED_REGION_CLASSES.contains(region.text("featurecla"))).toList())
                    .forEach(g::fill);
        }
        if (zoom >= 4) {
            List<Shape> playas = block.shapes(data.shapes(NaturalEarth.PLAYAS_10M)).toList();
            g.setColor(MapStyle.PLAYA);
            playas.forEach(g::fill);
            g.setColor(MapStyle.PLAYA_EDGE);
            g.setStroke(MapStyle.line(MapStyle.px(0.5f)));
            playas.forEach(g::draw);
        }
        if (zoom >= 4) {
            g.setColor(MapStyle.PROVINCE_BORDER);
            g.setStroke(MapStyle.dashed(MapStyle.px(0.6f)));
            block.shapes(data.shapes(NaturalEarth.PROVINCE_LINES_50M)).forEach(g::draw);
        }
        if (zoom >= 1) { // the whole world on one tile is a tangle of borders
            g.setColor(MapStyle.BORDER);
            g.setStroke(MapStyle.line(MapStyle.borderWidth(zoom)));
            block.shapes(detailed ? countryBorders10m() : data.shapes(NaturalEarth.COUNTRIES_50M)).forEach(g::draw);
        }

        List<GeoFeature> land = block.features(data.shapes(detailed ? NaturalEarth.LAND_10M : NaturalEarth.LAND_50M))
                .toList();
        Path2D.Double sea = new Path2D.Double(Path2D.WIND_EVEN_ODD);
        sea.append(block.world(), false);
        land.forEach(part -> sea.append(part.path(), false));
        g.setColor(MapStyle.WATER);
        g.fill(block.toPixels().createTransformedShape(sea));
        g.setColor(MapStyle.COAST);
        g.setStroke(MapStyle.line(MapStyle.coastWidth(zoom)));
        land.forEach(part -> g.draw(block.toPixels().createTransformedShape(part.path())));
    }

    /** Land borders between countries; lease and overlay limits (the Baikonur circle) would read as borders. */
    private List<GeoFeature> countryBorders10m() {
        return data.shapes(NaturalEarth.BORDERS_10M).stream()
                .filter(line -> !NON_BORDER_LINES.contains(line.text("featurecla"))).toList();
    }

    /** Lakes (the Caspian Sea among them: it is land in ne_10m_land) and rivers. */
    private void drawWater(Graphics2D g, Block block) {
        int zoom = block.zoom();
        List<Shape> lakes = block.shapes(data.shapes(NaturalEarth.LAKES_10M).stream()
                .filter(lake -> lake.number("min_zoom", 0) <= zoom + 1.5).toList()).toList();
        g.setColor(MapStyle.WATER);
        lakes.forEach(g::fill);
        g.setColor(MapStyle.COAST);
        g.setStroke(MapStyle.line(MapStyle.coastWidth(zoom)));
        lakes.forEach(g::draw);

        g.setColor(MapStyle.RIVER);
        g.setStroke(MapStyle.line(MapStyle.riverWidth(zoom)));
        block.shapes(data.shapes(NaturalEarth.RIVERS_10M).stream()
                .filter(river -> !river.text("featurecla").equals("Lake Centerline"))
                .filter(river -> river.number("min_zoom", 9) <= zoom + 0.5).toList())
                .forEach(g::draw);
    }

    private static void drawLabels(Graphics2D g, List<Labels.PlacedLabel> labels, double originX, double originY,
                                   int width, int height) {
        Rectangle2D blockPixels = new Rectangle2D.Double(originX, originY, width, height);
        g.setStroke(MapStyle.line(MapStyle.px(1.4f)));
        for (Labels.PlacedLabel label : labels) {
            if (!label.box().intersects(blockPixels)) {
                continue;
            }
            double x = label.x() - originX;
            double y = label.y() - originY;
            if (label.dot() != null) {
                double r = label.dotRadius();
                Ellipse2D dot = new Ellipse2D.Double(x - r, y - r, 2 * r, 2 * r);
                g.setColor(MapStyle.HALO_ON_LAND);
                g.draw(dot);
                g.setColor(MapStyle.CITY_DOT);
                g.fill(dot);
            }
            Shape glyphs = AffineTransform.getTranslateInstance(x, y).createTransformedShape(label.glyphs());
            if (label.halo() != null) {
                g.setColor(HALO);
                g.draw(glyphs);
            }
            g.setColor(label.color());
            g.fill(glyphs);
        }
    }

    private static Rectangle2D worldRect(GeoBounds bounds) {
        double west = WebMercator.worldX(bounds.west());
        double north = WebMercator.worldY(bounds.north());
        return new Rectangle2D.Double(west, north, WebMercator.worldX(bounds.east()) - west,
                WebMercator.worldY(bounds.south()) - north);
    }
}
