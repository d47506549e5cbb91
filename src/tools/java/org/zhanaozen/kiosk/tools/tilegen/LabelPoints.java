package org.zhanaozen.kiosk.tools.tilegen;

import java.awt.geom.Path2D;
import java.awt.geom.PathIterator;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Where to write an area's name: the sampled inside point farthest from its edges (a centroid can fall outside). */
final class LabelPoints {

    private static final int SAMPLES_ACROSS = 24;

    private LabelPoints() {
    }

    /** The label point of the largest part of an area. */
    static Point2D of(List<GeoFeature> parts) {
        GeoFeature largest = parts.stream()
                .max(Comparator.comparingDouble(part -> part.bounds().getWidth() * part.bounds().getHeight()))
                .orElseThrow();
        return of(largest.path());
    }

    static Point2D of(Path2D.Double polygon) {
        List<double[]> edges = edges(polygon);
        Rectangle2D bounds = polygon.getBounds2D();
        Point2D best = new Point2D.Double(bounds.getCenterX(), bounds.getCenterY());
        double bestClearance = -1;
        for (int i = 0; i < SAMPLES_ACROSS; i++) {
            for (int j = 0; j < SAMPLES_ACROSS; j++) {
                double x = bounds.getMinX() + (i + 0.5) * bounds.getWidth() / SAMPLES_ACROSS;
                double y = bounds.getMinY() + (j + 0.5) * bounds.getHeight() / SAMPLES_ACROSS;
                if (polygon.contains(x, y)) {
                    double clearance = clearance(x, y, edges);
                    if (clearance > bestClearance) {
                        bestClearance = clearance;
                        best = new Point2D.Double(x, y);
                    }
                }
            }
        }
        return best;
    }

    static int edgeCount(Path2D.Double polygon) {
        return edges(polygon).size();
    }

    private static double clearance(double x, double y, List<double[]> edges) {
        double nearest = Double.MAX_VALUE;
        for (double[] edge : edges) {
            nearest = Math.min(nearest, java.awt.geom.Line2D.ptSegDistSq(edge[0], edge[1], edge[2], edge[3], x, y));
        }
        return nearest;
    }

    private static List<double[]> edges(Path2D.Double polygon) {
        List<double[]> edges = new ArrayList<>();
        double[] point = new double[6];
        double startX = 0, startY = 0, lastX = 0, lastY = 0;
        for (PathIterator it = polygon.getPathIterator(null); !it.isDone(); it.next()) {
            switch (it.currentSegment(point)) {
                case PathIterator.SEG_MOVETO -> {
                    startX = lastX = point[0];
                    startY = lastY = point[1];
                }
                case PathIterator.SEG_LINETO -> {
                    edges.add(new double[] {lastX, lastY, point[0], point[1]});
                    lastX = point[0];
                    lastY = point[1];
                }
                case PathIterator.SEG_CLOSE -> {
                    edges.add(new double[] {lastX, lastY, startX, startY});
                    lastX = startX;
                    lastY = startY;
                }
                default -> { /* GeoJSON paths have straight segments only */ }
            }
        }
        return edges;
    }
}
