package org.zhanaozen.kiosk.map;

import javafx.animation.Interpolator;
import javafx.animation.KeyFrame;
import javafx.animation.KeyValue;
import javafx.animation.Timeline;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.util.Duration;
import org.zhanaozen.kiosk.map.tiles.WebMercator;
import org.zhanaozen.kiosk.ui.Motion;

/**
 * Moves the map to a new centre and zoom: with {@link Motion#SMOOTH} as one flight that zooms out as far as the
 * distance needs and back in (van Wijk and Nuij, "Smooth and efficient zooming and panning", 2003, the path web maps
 * fly), so the visitor sees where the new place lies; with {@link Motion#NONE} in one jump. Every step goes through
 * the layer's {@code moveTo}, so the view stays inside the zoom and pan limits throughout.
 */
final class MapFlight {

    /** The path's curvature: how far out it zooms for a given distance (the usual web-map value). */
    private static final double RHO = 1.42;
    /** Path length (in the paper's units) flown per second, and the bounds on a flight's duration. */
    private static final double SPEED = 1.6;
    private static final double SHORTEST_SECONDS = 0.5;
    private static final double LONGEST_SECONDS = 2.2;
    private static final double EPSILON = 1e-9;

    private final PlaceLayer layer;
    private final Motion motion;
    private final DoubleProperty progress = new SimpleDoubleProperty(this, "progress");
    private final Timeline timeline = new Timeline();
    private Path path;

    MapFlight(PlaceLayer layer, Motion motion) {
        this.layer = layer;
        this.motion = motion;
        progress.addListener((obs, old, now) -> {
            if (path != null) {
                path.show(now.doubleValue());
            }
        });
        timeline.setOnFinished(event -> path = null);
    }

    /** Flies (or jumps) to this centre and zoom; a flight under way gives way to the new one. */
    void to(GeoPoint centre, double zoom) {
        stop();
        double width = layer.viewWidth();
        Duration duration = Duration.ZERO;
        if (width > 0 && layer.getScene() != null) {
            path = new Path(layer.liveCentre(), layer.liveZoom(), centre, zoom, width);
            if (path.length() > EPSILON) {
                duration = motion.duration(Duration.seconds(
                        Math.max(SHORTEST_SECONDS, Math.min(LONGEST_SECONDS, path.length() / SPEED))));
            }
        }
        if (duration.greaterThan(Duration.ZERO)) {
            progress.set(0);
            timeline.getKeyFrames().setAll(new KeyFrame(duration, new KeyValue(progress, 1, Interpolator.EASE_BOTH)));
            timeline.playFromStart();
        } else {
            path = null;
            // no motion, nowhere to go, or a detached or unsized map (the layer places it when it is shown)
            layer.moveTo(centre, zoom);
        }
    }

    /** Ends a flight where it is (a visitor's finger takes over). */
    void stop() {
        timeline.stop();
        path = null;
    }

    boolean isFlying() {
        return path != null;
    }

    /** For tests: the animation, to step through without waiting. */
    Timeline timeline() {
        return timeline;
    }

    /**
     * The flight path in world pixels at zoom 0 (Web Mercator, 256 per world): the centre moves along the straight
     * line between the two centres while the view's width {@code w} follows the paper's optimal curve.
     */
    private final class Path {
        private final GeoPoint to;
        private final double toZoom;
        private final double fromX;
        private final double fromY;
        private final double dx;
        private final double dy;
        /** Distance between the centres, view widths at start and end, all in zoom-0 world pixels. */
        private final double distance;
        private final double w0;
        private final double r0;
        private final double length;
        /** Zooming only (same centre): the direction of the width's change. */
        private final double zoomSign;
        private final double viewWidth;

        Path(GeoPoint from, double fromZoom, GeoPoint to, double toZoom, double viewWidth) {
            this.to = to;
            this.toZoom = toZoom;
            this.viewWidth = viewWidth;
            fromX = WebMercator.worldX(from.lon()) * 256;
            fromY = WebMercator.worldY(from.lat()) * 256;
            dx = WebMercator.worldX(to.lon()) * 256 - fromX;
            dy = WebMercator.worldY(to.lat()) * 256 - fromY;
            distance = Math.hypot(dx, dy);
            w0 = viewWidth / Math.pow(2, fromZoom);
            double w1 = viewWidth / Math.pow(2, toZoom);
            zoomSign = Math.signum(w1 - w0);
            if (distance < EPSILON) {
                r0 = 0;
                length = Math.abs(Math.log(w1 / w0)) / RHO;
            } else {
                r0 = r(w0, w1, 0);
                length = (r(w0, w1, 1) - r0) / RHO;
            }
        }

        private double r(double w0, double w1, int end) {
            double wi = end == 0 ? w0 : w1;
            double sign = end == 0 ? 1 : -1;
            double b = (w1 * w1 - w0 * w0 + sign * Math.pow(RHO, 4) * distance * distance)
                    / (2 * wi * RHO * RHO * distance);
            return Math.log(Math.sqrt(b * b + 1) - b);
        }

        double length() {
            return length;
        }

        void show(double fraction) {
            if (fraction >= 1) {
                layer.moveTo(to, toZoom);
                return;
            }
            double s = fraction * length;
            double along;
            double width;
            if (distance < EPSILON) {
                along = 0;
                width = w0 * Math.exp(zoomSign * RHO * s);
            } else {
                along = w0 / (RHO * RHO) * (Math.cosh(r0) * Math.tanh(RHO * s + r0) - Math.sinh(r0)) / distance;
                width = w0 * Math.cosh(r0) / Math.cosh(RHO * s + r0);
            }
            double zoom = Math.log(viewWidth / width) / Math.log(2);
            double x = (fromX + along * dx) / 256;
            double y = (fromY + along * dy) / 256;
            layer.moveTo(new GeoPoint(WebMercator.lat(y), WebMercator.lon(x)), zoom);
        }
    }
}
