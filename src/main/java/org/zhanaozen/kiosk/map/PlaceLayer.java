package org.zhanaozen.kiosk.map;

import com.gluonhq.maps.MapLayer;
import com.gluonhq.maps.MapPoint;
import com.gluonhq.maps.MapView;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.css.PseudoClass;
import javafx.event.EventHandler;
import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;
import javafx.geometry.Insets;
import javafx.geometry.Point2D;
import javafx.scene.Group;
import javafx.scene.control.Label;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Background;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.shape.QuadCurve;
import org.zhanaozen.kiosk.content.Place;
import org.zhanaozen.kiosk.map.tiles.GeoBounds;
import org.zhanaozen.kiosk.map.tiles.WebMercator;

/**
 * Everything drawn over the base map: the reach lines, a marker for every place and their labels. Being a map layer
 * it sees the map's live zoom and centre (Gluon's own getters report only the last request), so it also keeps the
 * view inside the {@link ViewLimits} after every drag, pinch or wheel turn, and reports the live view to the model.
 */
final class PlaceLayer extends MapLayer {

    private static final PseudoClass APPROXIMATE = PseudoClass.getPseudoClass("approximate");
    private static final PseudoClass HOME = PseudoClass.getPseudoClass("home");
    private static final PseudoClass SELECTED = PseudoClass.getPseudoClass("selected");
    /** A reach line bows poleward by this share of its length, as a great circle does on a Mercator map. */
    private static final double BOW = 0.18;
    /** Degrees: a live centre this close to its clamped position needs no correction. */
    private static final double SETTLED = 1e-6;
    private static final double NUDGE = 1e-5;

    private record Marker(Place place, StackPane node, Label label) {
    }

    private record Curve(ReachLines.Line line, QuadCurve shape) {
    }

    private final MapModel model;
    private final ViewLimits limits;
    private final BaseNameBoxes baseNames;
    private final NameCovers covers;
    /** Markers in label priority order: the first ones keep their labels when labels collide. */
    private final List<Marker> markers = new ArrayList<>();
    private final List<Curve> curves = new ArrayList<>();
    private GeoPoint pendingCentre;
    private double pendingZoom;

    PlaceLayer(List<Place> places, Place home, List<ReachLines.Line> lines, MapModel model, ViewLimits limits,
               BaseMapSetup baseMap, Comparator<Place> labelPriority, Consumer<Place> onTap) {
        this.model = model;
        this.limits = limits;
        this.baseNames = new BaseNameBoxes(baseMap.source());
        this.covers = new NameCovers(baseMap.source(), baseMap.loader(), this::markDirty);
        Group lineGroup = new Group();
        Group markerGroup = new Group();
        Group labelGroup = new Group();
        for (ReachLines.Line line : lines) {
            QuadCurve shape = new QuadCurve();
            shape.getStyleClass().add("reach-line");
            shape.setId("reach-line-" + line.to().id());
            shape.setMouseTransparent(true);
            curves.add(new Curve(line, shape));
            lineGroup.getChildren().add(shape);
        }
        for (Place place : places.stream().sorted(labelPriority).toList()) {
            Region dot = new Region();
            dot.getStyleClass().add("marker-dot");
            StackPane node = new StackPane(dot);
            node.getStyleClass().add("place-marker");
            node.setId("place-marker-" + place.id());
            node.pseudoClassStateChanged(APPROXIMATE, !place.isExact());
            node.pseudoClassStateChanged(HOME, place.equals(home));
            node.setOnMouseClicked(tap(place, onTap));
            Label label = new Label(place.name());
            label.getStyleClass().add("place-label");
            label.setId("place-label-" + place.id());
            label.pseudoClassStateChanged(HOME, place.equals(home));
            label.setMinWidth(Region.USE_PREF_SIZE);
            // the name looks like a button, so it is one: its whole finger-high box, not just the drawn pill
            label.setPickOnBounds(true);
            label.setOnMouseClicked(tap(place, onTap));
            markers.add(new Marker(place, node, label));
            // the most important marker on top: where two overlap, a tap finds it
            markerGroup.getChildren().add(0, node);
            labelGroup.getChildren().add(label);
        }
        getChildren().addAll(covers, lineGroup, markerGroup, labelGroup);
        getStyleClass().add("place-layer");
        model.selectedProperty().addListener((obs, old, now) -> markers.forEach(
                marker -> marker.node().pseudoClassStateChanged(SELECTED, marker.place().equals(now))));
    }

    /** A tap (not the end of a drag) on a place's marker or name; it goes no further, so the map keeps its panel. */
    private static EventHandler<MouseEvent> tap(Place place, Consumer<Place> onTap) {
        return event -> {
            if (event.isStillSincePress()) {
                onTap.accept(place);
            }
            event.consume();
        };
    }

    @Override
    protected void initialize() {
        // a zoom about the exact centre moves no centre, and Gluon then lays out no layer
        baseMap.zoom().addListener(o -> markDirty());
        baseMap.sceneProperty().addListener((obs, old, scene) -> {
            if (scene != null) {
                GluonMapsQuirks.stopListenerPileUp(baseMap);
                if (pendingCentre != null) {
                    moveTo(pendingCentre, pendingZoom);
                }
            }
        });
    }

    /** Shows this centre and zoom, or the nearest the limits allow. */
    void moveTo(GeoPoint centre, double zoom) {
        MapView view = mapView();
        if (getScene() == null) {
            // Gluon cannot place a detached map; it is placed again when shown
            pendingCentre = centre;
            pendingZoom = zoom;
        } else {
            pendingCentre = null;
        }
        double z = zoom;
        GeoPoint c = centre;
        if (view.getWidth() > 0 && view.getHeight() > 0) {
            z = limits.clampZoom(zoom, centre.lat(), centre.lon(), view.getWidth(), view.getHeight());
            c = limits.clampCentre(centre.lat(), centre.lon(), z, view.getWidth(), view.getHeight());
        }
        // Gluon's zoom and centre are invalidation-driven: a value equal to the last request would be ignored
        // even after the visitor has moved the map, so each is set to a neighbour first
        view.setZoom(z + NUDGE);
        view.setZoom(z);
        view.setCenter(c.lat() + NUDGE, c.lon() + NUDGE);
        view.setCenter(c.lat(), c.lon());
    }

    /** Zooms in (positive) or out about the live centre; does nothing at the limit. */
    void zoomBy(double levels) {
        GeoPoint centre = liveCentre();
        double now = liveZoom();
        double target = limits.clampZoom(now + levels, centre.lat(), centre.lon(),
                mapView().getWidth(), mapView().getHeight());
        if (Math.abs(target - now) > SETTLED) {
            moveTo(centre, target);
        }
    }

    /** Zooms one level in, centred on a point of the map view (a double tap). */
    void zoomInAt(double x, double y) {
        MapPoint point = baseMap.getMapPosition(x, y);
        moveTo(new GeoPoint(point.getLatitude(), point.getLongitude()), liveZoom() + 1);
    }

    /** Whether a gesture that changes the zoom by this much stays inside the limits. */
    boolean allowsZoomChange(double delta) {
        GeoPoint centre = liveCentre();
        double target = liveZoom() + delta;
        return target <= limits.maxZoomAt(centre.lat(), centre.lon()) + SETTLED
                && target >= limits.minZoom(mapView().getWidth(), mapView().getHeight()) - SETTLED;
    }

    double liveZoom() {
        return baseMap.zoom().get();
    }

    GeoPoint liveCentre() {
        return new GeoPoint(baseMap.centerLat().get(), baseMap.centerLon().get());
    }

    /** The map view's width in pixels (zero before it is laid out). */
    double viewWidth() {
        return mapView().getWidth();
    }

    /** Where a place is drawn, in this layer's coordinates (the map view's). */
    Point2D pointOf(Place place) {
        return pointOf(place.lat(), place.lon());
    }

    private Point2D pointOf(double lat, double lon) {
        return getMapPoint(lat, lon);
    }

    /** The part of the world in view; far out, Web Mercator's limits. */
    private GeoBounds viewBounds() {
        MapPoint northWest = baseMap.getMapPosition(0, 0);
        MapPoint southEast = baseMap.getMapPosition(mapView().getWidth(), mapView().getHeight());
        return new GeoBounds(Math.max(-180, northWest.getLongitude()),
                Math.max(-WebMercator.MAX_LATITUDE, southEast.getLatitude()),
                Math.min(180, southEast.getLongitude()), Math.min(WebMercator.MAX_LATITUDE, northWest.getLatitude()));
    }

    /** A place's marker, its whole hit area, in this layer's coordinates (the map view's). */
    Bounds markerBounds(Place place) {
        return markers.stream().filter(marker -> marker.place().equals(place)).findFirst().orElseThrow()
                .node().getBoundsInParent();
    }

    @Override
    protected void layoutLayer() {
        if (getScene() == null || mapView().getWidth() <= 0) {
            return;
        }
        keepInLimits();
        for (Curve curve : curves) {
            placeCurve(curve);
        }
        List<Bounds> taken = new ArrayList<>();
        for (Marker marker : markers) {
            Point2D at = pointOf(marker.place());
            StackPane node = marker.node();
            node.autosize();
            node.relocate(at.getX() - node.getWidth() / 2, at.getY() - node.getHeight() / 2);
        }
        List<BaseNameBoxes.Box> names = baseNames.shownIn(viewBounds(), liveZoom(), this::pointOf);
        List<BaseNameBoxes.Box> covered = new ArrayList<>();
        for (Marker marker : markers) {
            covered.addAll(placeLabel(marker, taken, names));
        }
        covers.cover(covered.stream().distinct().toList());
        GeoPoint centre = liveCentre();
        model.viewMoved(centre.lat(), centre.lon(), liveZoom());
    }

    /** Pulls a view that a gesture took past the limits back, before anything is drawn there. */
    private void keepInLimits() {
        double w = mapView().getWidth();
        double h = mapView().getHeight();
        GeoPoint centre = liveCentre();
        double zoom = liveZoom();
        double z = limits.clampZoom(zoom, centre.lat(), centre.lon(), w, h);
        GeoPoint c = limits.clampCentre(centre.lat(), centre.lon(), z, w, h);
        if (Math.abs(z - zoom) > SETTLED || Math.abs(c.lat() - centre.lat()) > SETTLED
                || Math.abs(c.lon() - centre.lon()) > SETTLED) {
            moveTo(c, z);
        }
    }

    private void placeCurve(Curve curve) {
        Point2D from = pointOf(curve.line().from());
        Point2D to = pointOf(curve.line().to());
        Point2D middle = from.midpoint(to);
        Point2D along = to.subtract(from);
        Point2D normal = new Point2D(along.getY(), -along.getX()).multiply(BOW);
        Point2D control = middle.add(normal.getY() < 0 ? normal : normal.multiply(-1));
        QuadCurve shape = curve.shape();
        shape.setStartX(from.getX());
        shape.setStartY(from.getY());
        shape.setEndX(to.getX());
        shape.setEndY(to.getY());
        shape.setControlX(control.getX());
        shape.setControlY(control.getY());
    }

    /**
     * Right of the marker, else left, above or below it, whichever covers the fewest base-map names (those it covers
     * are hidden, see {@link NameCovers}), among the sides free of the exhibit's own labels and markers; else hidden.
     * Labels never cover each other or another marker, and never run off the map. A label's box is its whole tap
     * target, so no tap on a name can land on another place. The base map's name of the marker's own town is hidden
     * wherever the label goes: it says the same.
     *
     * @return the base-map names the label covers
     */
    private List<BaseNameBoxes.Box> placeLabel(Marker marker, List<Bounds> taken, List<BaseNameBoxes.Box> baseNames) {
        Label label = marker.label();
        label.autosize();
        Bounds dot = marker.node().getBoundsInParent();
        double gap = dot.getWidth() * 0.1;
        double width = label.getWidth();
        double height = label.getHeight();
        Insets pill = pillInsets(label);
        double besideY = dot.getCenterY() - height / 2;
        double besideX = dot.getCenterX() - width / 2;
        double dotRadius = dotBounds(marker).getHeight() / 2;
        List<Bounds> candidates = List.of(
                new BoundingBox(dot.getMaxX() - gap, besideY, width, height),
                new BoundingBox(dot.getMinX() + gap - width, besideY, width, height),
                new BoundingBox(besideX, dot.getCenterY() - dotRadius - height + pill.getBottom(), width, height),
                new BoundingBox(besideX, dot.getCenterY() + dotRadius - pill.getTop(), width, height));
        Optional<Bounds> chosen = candidates.stream().filter(candidate -> isFree(candidate, marker, taken))
                .min(Comparator.comparingInt(candidate ->
                        coveredNames(drawn(candidate, pill), marker, baseNames).size()));
        label.setVisible(chosen.isPresent());
        if (chosen.isEmpty()) {
            return List.of();
        }
        label.relocate(chosen.get().getMinX(), chosen.get().getMinY());
        taken.add(chosen.get());
        // the base map's own name for the town would peek out beside the label, a second copy
        List<BaseNameBoxes.Box> hidden = new ArrayList<>(coveredNames(drawn(chosen.get(), pill), marker, baseNames));
        baseNames.stream().filter(name -> isOwnTown(name, marker)).forEach(hidden::add);
        return hidden;
    }

    /** The pill the label draws inside its taller tap target. */
    private static Insets pillInsets(Label label) {
        Background background = label.getBackground();
        return background == null || background.getFills().isEmpty() ? Insets.EMPTY
                : background.getFills().get(0).getInsets();
    }

    private static Bounds drawn(Bounds box, Insets pill) {
        return new BoundingBox(box.getMinX() + pill.getLeft(), box.getMinY() + pill.getTop(),
                box.getWidth() - pill.getLeft() - pill.getRight(), box.getHeight() - pill.getTop() - pill.getBottom());
    }

    /**
     * The base-map names a label drawn here would cover, but for the name of its own town: a town the base map draws
     * under an exact place's marker (it is hidden wherever the label is). A country's marker is only roughly placed,
     * often on a capital of another name.
     */
    private static List<BaseNameBoxes.Box> coveredNames(Bounds drawn, Marker owner, List<BaseNameBoxes.Box> names) {
        return names.stream().filter(name -> name.box().intersects(drawn) && !isOwnTown(name, owner)).toList();
    }

    private static boolean isOwnTown(BaseNameBoxes.Box name, Marker owner) {
        return owner.place().isExact() && name.point().filter(dotBounds(owner)::contains).isPresent();
    }

    private boolean isFree(Bounds candidate, Marker owner, List<Bounds> taken) {
        if (candidate.getMinX() < 0 || candidate.getMaxX() > mapView().getWidth()
                || candidate.getMinY() < 0 || candidate.getMaxY() > mapView().getHeight()) {
            return false;
        }
        if (taken.stream().anyMatch(candidate::intersects)) {
            return false;
        }
        return markers.stream().filter(other -> other != owner)
                .noneMatch(other -> candidate.intersects(dotBounds(other)));
    }

    /** The visible dot of a marker (its hit area is larger, and labels may overlap that). */
    private static Bounds dotBounds(Marker marker) {
        Bounds hit = marker.node().getBoundsInParent();
        double radius = hit.getWidth() / 4;
        return new BoundingBox(hit.getCenterX() - radius, hit.getCenterY() - radius, 2 * radius, 2 * radius);
    }

    private MapView mapView() {
        return (MapView) getParent();
    }
}
