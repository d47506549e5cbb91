package org.zhanaozen.kiosk.tools.tilegen;

import java.awt.Color;
import java.awt.Font;
import java.awt.Shape;
import java.awt.font.FontRenderContext;
import java.awt.geom.AffineTransform;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Chooses the names shown at each zoom level. Placement runs once per zoom level over the whole tiled area, not per
 * tile, so a name crossing a tile edge is the same name at the same place in both tiles and is never cut.
 */
final class Labels {

    /** A name placed at a zoom level, in that level's pixel coordinates (512-px tiles). */
    record PlacedLabel(Shape glyphs, double x, double y, Color color, Color halo, Point2D dot, float dotRadius,
                       Rectangle2D box) {
    }

    /** In order of importance: a name that comes first keeps its place. */
    private enum Kind { EXHIBIT_TOWN, CAPITAL, SEA, COUNTRY, CITY, LAKE, REGION, PLAYA }

    /** A name and where and when it may appear, independent of zoom. */
    private record Candidate(Kind kind, String text, double worldX, double worldY, double minZoom, double maxZoom,
                             double rank) {
    }

    /** The story's own towns show from this zoom, whatever Natural Earth's own zoom for them. */
    private static final double EXHIBIT_TOWN_MIN_ZOOM = 5;

    private static final Set<String> LABELLED_REGION_CLASSES =
            Set.of("Desert", "Plateau", "Lowland", "Basin", "Pen/cape", "Delta");
    private static final int MIN_REGION_EDGES = 10;
    private static final FontRenderContext TEXT_CONTEXT = new FontRenderContext(null, true, true);

    private final List<Candidate> candidates;

    Labels(NaturalEarth data, TilesetPlan.NameRules names) {
        List<Candidate> all = new ArrayList<>();
        addCountries(data, all);
        addAreas(data.shapes(NaturalEarth.MARINE_10M), Kind.SEA, "min_label", all);
        addAreas(data.shapes(NaturalEarth.LAKES_10M), Kind.LAKE, "min_label", all);
        addAreas(data.shapes(NaturalEarth.PLAYAS_10M), Kind.PLAYA, "min_zoom", all);
        // the clipped 10 m layer has a few stub regions (Garagum as a 4-point sliver near the Aral Sea): not named
        addAreas(data.shapes(NaturalEarth.REGIONS_10M).stream()
                .filter(region -> LABELLED_REGION_CLASSES.contains(region.text("featurecla")))
                .filter(region -> LabelPoints.edgeCount(region.path()) >= MIN_REGION_EDGES).toList(),
                Kind.REGION, "min_label", all);
        addPlaces(data, names, all);
        all.sort(Comparator.comparing(Candidate::kind).thenComparingDouble(Candidate::rank)
                .thenComparingDouble(Candidate::minZoom).thenComparing(Candidate::text));
        candidates = List.copyOf(all);
    }

    /**
     * The labels of one zoom level that fit without overlapping, most important first.
     *
     * @param worldArea the tiled area at that level, in world coordinates; names outside it are not considered
     */
    List<PlacedLabel> place(int zoom, Rectangle2D worldArea) {
        double scale = MapStyle.TILE_PIXELS * Math.pow(2, zoom);
        List<PlacedLabel> placed = new ArrayList<>();
        for (Candidate candidate : candidates) {
            if (zoom + 0.5 < candidate.minZoom() || zoom > candidate.maxZoom()
                    || !worldArea.contains(candidate.worldX(), candidate.worldY())) {
                continue;
            }
            Optional<PlacedLabel> label = layOut(candidate, candidate.worldX() * scale, candidate.worldY() * scale,
                    zoom, placed);
            label.ifPresent(placed::add);
        }
        return placed;
    }

    private static Optional<PlacedLabel> layOut(Candidate candidate, double x, double y, int zoom,
                                                List<PlacedLabel> placed) {
        Font font = fontOf(candidate, zoom);
        String text = candidate.kind() == Kind.COUNTRY || candidate.kind() == Kind.REGION
                ? candidate.text().toUpperCase(Locale.ROOT) : candidate.text();
        Shape glyphs = font.createGlyphVector(TEXT_CONTEXT, text).getOutline();
        Rectangle2D ink = glyphs.getBounds2D();
        Color color = colorOf(candidate.kind());
        Color halo = candidate.kind() == Kind.SEA || candidate.kind() == Kind.LAKE ? null : MapStyle.HALO_ON_LAND;
        double gap = MapStyle.px(3);
        if (!hasDot(candidate.kind())) {
            return fitting(centred(glyphs, ink, x, y), x, y, color, halo, null, 0, gap, placed);
        }
        float dotRadius = MapStyle.px(candidate.kind() == Kind.CITY ? 2.2f : 2.8f);
        double beside = dotRadius + MapStyle.px(2.5f);
        double[][] offsets = {
                {beside - ink.getMinX(), -ink.getCenterY()},                       // right of the dot
                {-beside - ink.getMaxX(), -ink.getCenterY()},                      // left
                {-ink.getCenterX(), -beside - ink.getMaxY()},                      // above
                {-ink.getCenterX(), beside - ink.getMinY()}};                      // below
        Point2D dot = new Point2D.Double(x, y);
        for (double[] offset : offsets) {
            Shape moved = AffineTransform.getTranslateInstance(offset[0], offset[1]).createTransformedShape(glyphs);
            Optional<PlacedLabel> label = fitting(moved, x, y, color, halo, dot, dotRadius, gap, placed);
            if (label.isPresent()) {
                return label;
            }
        }
        return Optional.empty();
    }

    private static Shape centred(Shape glyphs, Rectangle2D ink, double x, double y) {
        return AffineTransform.getTranslateInstance(-ink.getCenterX(), -ink.getCenterY()).createTransformedShape(glyphs);
    }

    /** The label if its box (text, dot and a gap, in zoom pixels) overlaps none placed before it. */
    private static Optional<PlacedLabel> fitting(Shape localGlyphs, double x, double y, Color color, Color halo,
                                                 Point2D dot, float dotRadius, double gap, List<PlacedLabel> placed) {
        Rectangle2D box = localGlyphs.getBounds2D();
        box.setRect(box.getX() + x - gap, box.getY() + y - gap, box.getWidth() + 2 * gap, box.getHeight() + 2 * gap);
        if (dot != null) {
            box.add(new Rectangle2D.Double(x - dotRadius - gap, y - dotRadius - gap, 2 * (dotRadius + gap),
                    2 * (dotRadius + gap)));
        }
        for (PlacedLabel other : placed) {
            if (other.box().intersects(box)) {
                return Optional.empty();
            }
        }
        return Optional.of(new PlacedLabel(localGlyphs, x, y, color, halo, dot, dotRadius, box));
    }

    private static boolean hasDot(Kind kind) {
        return kind == Kind.CITY || kind == Kind.CAPITAL || kind == Kind.EXHIBIT_TOWN;
    }

    private static Color colorOf(Kind kind) {
        return switch (kind) {
            case COUNTRY -> MapStyle.COUNTRY_TEXT;
            case SEA, LAKE -> MapStyle.WATER_TEXT;
            case REGION, PLAYA -> MapStyle.REGION_TEXT;
            case EXHIBIT_TOWN, CAPITAL, CITY -> MapStyle.CITY_TEXT;
        };
    }

    private static Font fontOf(Candidate candidate, int zoom) {
        return switch (candidate.kind()) {
            case EXHIBIT_TOWN -> MapStyle.font(Font.BOLD, 12.5f, 0);
            case CAPITAL -> MapStyle.font(Font.BOLD, zoom <= 4 ? 10.5f : 11.5f, 0);
            case CITY -> MapStyle.font(Font.PLAIN, candidate.rank() <= 4 ? 11f : 10f, 0);
            case COUNTRY -> MapStyle.font(Font.PLAIN, candidate.rank() <= 2 ? 12f : 10.5f, 0.12f);
            case SEA -> MapStyle.font(Font.ITALIC, candidate.rank() <= 1 ? 11.5f : 10f, 0.06f);
            case LAKE, PLAYA -> MapStyle.font(Font.ITALIC, 9.5f, 0.03f);
            case REGION -> MapStyle.font(Font.ITALIC, 9f, 0.18f);
        };
    }

    /** Country names at Natural Earth's label points (10 m, where available) or inside their largest part. */
    private static void addCountries(NaturalEarth data, List<Candidate> into) {
        Map<String, Point2D> labelPoints = new LinkedHashMap<>();
        for (PointFeature point : data.points(NaturalEarth.COUNTRY_LABEL_POINTS_10M)) {
            labelPoints.putIfAbsent(point.text("sr_adm0_a3"), new Point2D.Double(point.x(), point.y()));
        }
        Map<String, List<GeoFeature>> partsByCountry = new LinkedHashMap<>();
        for (GeoFeature part : data.shapes(NaturalEarth.COUNTRIES_50M)) {
            partsByCountry.computeIfAbsent(part.text("ADM0_A3"), code -> new ArrayList<>()).add(part);
        }
        partsByCountry.forEach((code, parts) -> {
            GeoFeature first = parts.get(0);
            Point2D at = labelPoints.computeIfAbsent(code, missing -> LabelPoints.of(parts));
            into.add(new Candidate(Kind.COUNTRY, first.text("NAME"), at.getX(), at.getY(),
                    first.number("MIN_LABEL", 4), first.number("MAX_LABEL", 7), first.number("LABELRANK", 5)));
        });
    }

    /** Names of water bodies and landscapes, at the inside point of their largest part. */
    private static void addAreas(List<GeoFeature> areas, Kind kind, String minZoomKey, List<Candidate> into) {
        Map<String, List<GeoFeature>> partsByName = new LinkedHashMap<>();
        for (GeoFeature area : areas) {
            if (!area.text("name").isEmpty()) {
                partsByName.computeIfAbsent(area.text("name"), name -> new ArrayList<>()).add(area);
            }
        }
        partsByName.forEach((name, parts) -> {
            GeoFeature first = parts.get(0);
            Point2D at = LabelPoints.of(parts);
            double minZoom = first.number(minZoomKey, 6);
            // playas carry a drawing zoom, not a label zoom: name them a level later
            double labelZoom = kind == Kind.PLAYA ? minZoom + 1.5 : minZoom;
            into.add(new Candidate(kind, prettyName(name), at.getX(), at.getY(), labelZoom,
                    first.number("max_label", 99), first.number("scalerank", 5)));
        });
    }

    private static void addPlaces(NaturalEarth data, TilesetPlan.NameRules names, List<Candidate> into) {
        for (PointFeature place : data.points(NaturalEarth.PLACES_10M)) {
            String name = place.text("name");
            if (name.isEmpty() || names.leftOut().contains(name)) {
                continue;
            }
            boolean exhibitTown = names.emphasised().contains(name);
            boolean capital = place.text("featurecla").startsWith("Admin-0 capital") || place.number("adm0cap", 0) == 1;
            Kind kind = exhibitTown ? Kind.EXHIBIT_TOWN : capital ? Kind.CAPITAL : Kind.CITY;
            double minZoom = exhibitTown ? EXHIBIT_TOWN_MIN_ZOOM : place.number("min_zoom", 8);
            into.add(new Candidate(kind, names.renamed().getOrDefault(name, name), place.x(), place.y(), minZoom, 99,
                    place.number("scalerank", 10)));
        }
    }

    /** Natural Earth writes some names in capitals; a calm map prefers title case for water. */
    private static String prettyName(String name) {
        if (!name.equals(name.toUpperCase(Locale.ROOT))) {
            return name.replaceAll("\\s+", " ");
        }
        StringBuilder pretty = new StringBuilder();
        for (String word : name.toLowerCase(Locale.ROOT).split("\\s+")) {
            if (!pretty.isEmpty()) {
                pretty.append(' ');
            }
            pretty.append(word.length() <= 2 && !pretty.isEmpty() ? word
                    : Character.toUpperCase(word.charAt(0)) + word.substring(1));
        }
        return pretty.toString();
    }
}
