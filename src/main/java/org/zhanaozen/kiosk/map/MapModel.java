package org.zhanaozen.kiosk.map;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.SimpleObjectProperty;
import org.zhanaozen.kiosk.content.Place;

/**
 * The map screen's state: where the map really is (Gluon's own getters report the last request, not where a
 * visitor dragged or pinched to), and which place's panel is open.
 */
final class MapModel {

    private final ReadOnlyDoubleWrapper centreLat = new ReadOnlyDoubleWrapper(this, "centreLat");
    private final ReadOnlyDoubleWrapper centreLon = new ReadOnlyDoubleWrapper(this, "centreLon");
    private final ReadOnlyDoubleWrapper zoom = new ReadOnlyDoubleWrapper(this, "zoom");
    private final ObjectProperty<Place> selected = new SimpleObjectProperty<>(this, "selected");

    /** Called by the map layer whenever the map has moved. */
    void viewMoved(double lat, double lon, double liveZoom) {
        centreLat.set(lat);
        centreLon.set(lon);
        zoom.set(liveZoom);
    }

    GeoPoint centre() {
        return new GeoPoint(centreLat.get(), centreLon.get());
    }

    double zoom() {
        return zoom.get();
    }

    ReadOnlyDoubleProperty zoomProperty() {
        return zoom.getReadOnlyProperty();
    }

    ObjectProperty<Place> selectedProperty() {
        return selected;
    }

    Place selected() {
        return selected.get();
    }

    void select(Place place) {
        selected.set(place);
    }

    /** A new visitor finds no panel open; the view itself is reset by the screen, which owns the map. */
    void reset() {
        selected.set(null);
    }
}
