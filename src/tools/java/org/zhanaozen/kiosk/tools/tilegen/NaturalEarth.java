package org.zhanaozen.kiosk.tools.tilegen;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.awt.geom.Path2D;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.zhanaozen.kiosk.map.tiles.WebMercator;

/**
 * The Natural Earth GeoJSON layers of a folder, projected to Web Mercator world coordinates once and kept in memory.
 * A missing layer is empty (the generator's test folder holds only a few layers).
 */
final class NaturalEarth {

    static final String LAND_50M = "ne_50m_land";
    static final String COUNTRIES_50M = "ne_50m_admin_0_countries";
    static final String PROVINCE_LINES_50M = "ne_50m_admin_1_states_provinces_lines";
    static final String LAND_10M = "ne_10m_land";
    static final String LAKES_10M = "ne_10m_lakes";
    static final String RIVERS_10M = "ne_10m_rivers_lake_centerlines";
    static final String BORDERS_10M = "ne_10m_admin_0_boundary_lines_land";
    static final String PLACES_10M = "ne_10m_populated_places_simple";
    static final String MARINE_10M = "ne_10m_geography_marine_polys";
    static final String REGIONS_10M = "ne_10m_geography_regions_polys";
    static final String PLAYAS_10M = "ne_10m_playas";
    static final String COUNTRY_LABEL_POINTS_10M = "ne_10m_admin_0_label_points";

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path folder;
    private final Map<String, List<GeoFeature>> shapes = new ConcurrentHashMap<>();
    private final Map<String, List<PointFeature>> points = new ConcurrentHashMap<>();

    NaturalEarth(Path folder) {
        this.folder = folder;
    }

    /** The polygons or lines of a layer, multi-part geometries split into their parts. */
    List<GeoFeature> shapes(String layer) {
        return shapes.computeIfAbsent(layer, name -> {
            List<GeoFeature> features = new ArrayList<>();
            for (JsonNode feature : read(name)) {
                JsonNode geometry = feature.get("geometry");
                if (geometry == null || geometry.isNull()) {
                    continue;
                }
                JsonNode properties = feature.get("properties");
                JsonNode coordinates = geometry.get("coordinates");
                switch (geometry.get("type").asText()) {
                    case "Polygon" -> features.add(feature(properties, coordinates, true));
                    case "MultiPolygon", "MultiLineString" -> {
                        boolean closed = geometry.get("type").asText().equals("MultiPolygon");
                        for (JsonNode part : coordinates) {
                            features.add(closed ? feature(properties, part, true)
                                    : feature(properties, arrayOf(part), false));
                        }
                    }
                    case "LineString" -> features.add(feature(properties, arrayOf(coordinates), false));
                    default -> { /* points are read by points() */ }
                }
            }
            return List.copyOf(features);
        });
    }

    List<PointFeature> points(String layer) {
        return points.computeIfAbsent(layer, name -> {
            List<PointFeature> features = new ArrayList<>();
            for (JsonNode feature : read(name)) {
                JsonNode geometry = feature.get("geometry");
                if (geometry != null && "Point".equals(geometry.path("type").asText())) {
                    JsonNode position = geometry.get("coordinates");
                    features.add(new PointFeature(feature.get("properties"),
                            WebMercator.worldX(position.get(0).asDouble()),
                            WebMercator.worldY(position.get(1).asDouble())));
                }
            }
            return List.copyOf(features);
        });
    }

    private JsonNode read(String layer) {
        Path file = folder.resolve(layer + ".geojson");
        if (!Files.isRegularFile(file)) {
            System.err.println("tilegen: " + file + " not found, layer left out");
            return JSON.createArrayNode();
        }
        try {
            return JSON.readTree(file.toFile()).path("features");
        } catch (IOException e) {
            throw new UncheckedIOException(file + ": not readable GeoJSON", e);
        }
    }

    private static JsonNode arrayOf(JsonNode line) {
        return JSON.createArrayNode().add(line);
    }

    /** Rings (or lines) of positions to one path; polygons fill even-odd so holes stay open. */
    private static GeoFeature feature(JsonNode properties, JsonNode rings, boolean closed) {
        Path2D.Double path = new Path2D.Double(Path2D.WIND_EVEN_ODD);
        for (JsonNode ring : rings) {
            boolean first = true;
            for (JsonNode position : ring) {
                double x = WebMercator.worldX(position.get(0).asDouble());
                double y = WebMercator.worldY(position.get(1).asDouble());
                if (first) {
                    path.moveTo(x, y);
                    first = false;
                } else {
                    path.lineTo(x, y);
                }
            }
            if (closed && !first) {
                path.closePath();
            }
        }
        return new GeoFeature(properties, path, path.getBounds2D());
    }
}
