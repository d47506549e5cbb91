package org.zhanaozen.kiosk.map;

import com.gluonhq.maps.MapPoint;
import com.gluonhq.maps.MapView;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import javafx.geometry.Bounds;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.input.TouchEvent;
import javafx.scene.input.ZoomEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Rectangle;
import org.zhanaozen.kiosk.content.Exhibit;
import org.zhanaozen.kiosk.content.Place;
import org.zhanaozen.kiosk.content.ScreenId;
import org.zhanaozen.kiosk.frame.Link;
import org.zhanaozen.kiosk.frame.Navigator;
import org.zhanaozen.kiosk.frame.Screen;
import org.zhanaozen.kiosk.frame.ScreenState;
import org.zhanaozen.kiosk.map.tiles.GeoBounds;
import org.zhanaozen.kiosk.map.tiles.WebMercator;
import org.zhanaozen.kiosk.ui.Messages;
import org.zhanaozen.kiosk.ui.Motion;
import org.zhanaozen.kiosk.ui.ScreenNames;
import org.zhanaozen.kiosk.ui.Theme;

/**
 * Where Zhanaozen is and how far the repression reached: the town in the Mangystau desert, Almaty, and the European
 * places of the persecution, on the offline base map, beside the exhibit's introduction.
 * One {@link MapView} serves the whole run (Gluon Maps keeps per-attachment state).
 */
public final class MapScreen implements Screen {

    /** How close a place link opens a town or site, and a country or region. */
    static final double EXACT_PLACE_ZOOM = 7;
    static final double APPROXIMATE_PLACE_ZOOM = 5;
    /** Scroll wheels zoom by Gluon's step (0.1 level) per notch. */
    private static final double WHEEL_STEP = 0.1;
    /** Space (in em) kept around the places when showing them all, so markers and labels stay inside. */
    private static final double FIT_MARGIN_EM = 4;
    /** The place panel leaves room above it for the legend. */
    private static final double PANEL_HEIGHT_SHARE = 0.8;

    private final Exhibit exhibit;
    private final BaseMapSetup baseMap;
    private final MapModel model = new MapModel();
    private final Place home;
    private final double openingZoom;
    private final MapView mapView = new MapView();
    private final PlaceLayer layer;
    private final MapFlight flight;
    private final PlacePanel panel;
    private final StackPane mapArea;
    private final MapScreenLayout view;

    /**
     * @param motion whether place links and the view buttons fly the map to where they go ({@link Motion#SMOOTH})
     *               or jump there ({@link Motion#NONE})
     */
    public MapScreen(Exhibit exhibit, Navigator navigator, BaseMapSetup baseMap, Motion motion) {
        this.exhibit = exhibit;
        this.baseMap = baseMap;
        this.home = exhibit.home();
        this.openingZoom = exhibit.openings().mapZoom();
        ViewLimits limits = new ViewLimits(baseMap.source().info(),
                exhibit.places().stream().map(place -> new GeoPoint(place.lat(), place.lon())).toList());
        layer = new PlaceLayer(exhibit.places(), home, ReachLines.of(exhibit), model, limits,
                baseMap, labelPriority(), this::tapped);
        mapView.addLayer(layer);
        flight = new MapFlight(layer, motion);
        mapView.setId("map-view");
        mapView.getStyleClass().add("map-view");
        guardGestures();
        panel = new PlacePanel(exhibit, navigator, () -> model.select(null));
        model.selectedProperty().addListener((obs, old, place) -> {
            panel.show(place);
            if (place != null) {
                navigator.opened(new Link.ToPlace(place.id()));
            }
        });

        Node controls = controls();
        // a finger on the map or its buttons takes over from a flight (the panel beside it does not)
        for (Node takesOver : List.of(mapView, controls)) {
            takesOver.addEventFilter(MouseEvent.MOUSE_PRESSED, event -> flight.stop());
            takesOver.addEventFilter(TouchEvent.TOUCH_PRESSED, event -> flight.stop());
            takesOver.addEventFilter(ScrollEvent.SCROLL_STARTED, event -> flight.stop());
            takesOver.addEventFilter(ZoomEvent.ZOOM_STARTED, event -> flight.stop());
        }
        mapArea = new StackPane(new ScaledMap(mapView), controls, legend(), attribution(), panel);
        mapArea.getStyleClass().add("map-area");
        Rectangle clip = new Rectangle();
        clip.widthProperty().bind(mapArea.widthProperty());
        clip.heightProperty().bind(mapArea.heightProperty());
        mapArea.setClip(clip);
        StackPane.setAlignment(panel, Pos.BOTTOM_RIGHT);
        panel.heightLimitProperty().bind(mapArea.heightProperty().multiply(PANEL_HEIGHT_SHARE));
        view = new MapScreenLayout(mapArea, IntroPanel.create(exhibit.info()));
        view.setId("map-screen");
        view.getStyleClass().addAll("screen", "map-screen");
        view.getStylesheets().add(Theme.stylesheet("map/map.css"));
        layer.moveTo(openingCentre(), openingZoom);
    }

    private Node controls() {
        Button zoomIn = button("+", "map-zoom-in", () -> layer.zoomBy(1));
        Button zoomOut = button("\u2212", "map-zoom-out", () -> layer.zoomBy(-1));
        Button everything = button(Messages.text("map.show-everything"), "map-show-everything", this::showEverything);
        Button back = button(Messages.text("map.back-home", home.name()), "map-back-home", this::showOpeningView);
        HBox zoom = new HBox(zoomOut, zoomIn);
        zoom.getStyleClass().add("map-zoom-buttons");
        HBox views = new HBox(everything, back);
        views.getStyleClass().add("map-view-buttons");
        // one row along the map's bottom edge, within reach of a seated visitor in both orientations
        HBox controls = new HBox(zoom, views);
        controls.getStyleClass().add("map-controls");
        controls.setPickOnBounds(false);
        controls.getChildren().forEach(child -> child.setPickOnBounds(false));
        controls.setMaxSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
        StackPane.setAlignment(controls, Pos.BOTTOM_LEFT);
        return controls;
    }

    private static Button button(String text, String id, Runnable action) {
        Button button = new Button(text);
        button.setId(id);
        button.getStyleClass().add("map-button");
        button.setOnAction(e -> action.run());
        return button;
    }

    private Node legend() {
        Label exact = legendEntry(Messages.text("map.legend.exact"), "legend-exact");
        Label approximate = legendEntry(Messages.text("map.legend.approximate"), "legend-approximate");
        VBox legend = new VBox(exact, approximate);
        // the reach lines are named after their phase; without lines there is nothing to name
        exhibit.openings().reachLines().flatMap(lines -> exhibit.phase(lines.phase()))
                .ifPresent(phase -> legend.getChildren().add(legendEntry(phase.name(), "legend-reach")));
        legend.setId("map-legend");
        legend.getStyleClass().add("map-legend");
        legend.setMouseTransparent(true);
        legend.setMaxSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
        StackPane.setAlignment(legend, Pos.TOP_LEFT);
        return legend;
    }

    private static Label legendEntry(String text, String kind) {
        Region symbol = new Region();
        symbol.getStyleClass().addAll("legend-symbol", kind);
        Label label = new Label(text, symbol);
        label.getStyleClass().add("legend-entry");
        return label;
    }

    private static Node attribution() {
        Label label = new Label(Messages.text("map.attribution"));
        label.setId("map-attribution");
        label.getStyleClass().add("map-attribution");
        label.setMouseTransparent(true);
        StackPane.setAlignment(label, Pos.BOTTOM_RIGHT);
        return label;
    }

    /**
     * Gestures stay inside the limits: a wheel or pinch that would pass them is dropped, and a finger drag that
     * Windows reports as a direct or inertia scroll (Gluon would turn it into zoom) is too.
     */
    private void guardGestures() {
        mapView.addEventFilter(ScrollEvent.SCROLL, event -> {
            double step = Math.signum(event.getDeltaY()) * WHEEL_STEP;
            if (event.isDirect() || event.isInertia() || !layer.allowsZoomChange(step)) {
                event.consume();
            }
        });
        mapView.addEventFilter(ZoomEvent.ZOOM, event -> {
            if (!layer.allowsZoomChange(event.getZoomFactor() - 1)) {
                event.consume();
            }
        });
        mapView.addEventHandler(MouseEvent.MOUSE_CLICKED, event -> {
            if (event.getButton() != MouseButton.PRIMARY || !event.isStillSincePress()) {
                return;
            }
            // markers and their names take their own taps; a tap anywhere else on the map puts the panel away
            if (event.getClickCount() == 1) {
                model.select(null);
            } else if (event.getClickCount() == 2) {
                layer.zoomInAt(event.getX(), event.getY());
            }
        });
    }

    /** A marker or its name tapped: its panel opens, and the map slides the marker out from under the panel. */
    private void tapped(Place place) {
        model.select(place);
        mapArea.applyCss();
        mapArea.layout();
        Bounds covered = mapView.sceneToLocal(panel.localToScene(panel.getLayoutBounds()));
        Bounds marker = layer.markerBounds(place);
        if (!covered.intersects(marker)) {
            return;
        }
        // the marker moves to the middle of the map's part left of the panel, at the height it was
        double shift = marker.getCenterX() - covered.getMinX() / 2;
        MapPoint centre = mapView.getMapPosition(mapView.getWidth() / 2 + shift, mapView.getHeight() / 2);
        flight.to(new GeoPoint(centre.getLatitude(), centre.getLongitude()), layer.liveZoom());
    }

    /** Town labels first (the home place above all), then places by how much happened there. */
    private Comparator<Place> labelPriority() {
        return Comparator.<Place, Boolean>comparing(place -> !place.equals(home))
                .thenComparing(place -> !place.isExact())
                .thenComparing(place -> -exhibit.eventsAt(place.id()).size());
    }

    void showOpeningView() {
        flight.to(openingCentre(), openingZoom);
    }

    private GeoPoint openingCentre() {
        return new GeoPoint(home.lat(), home.lon());
    }

    /** Frames every place of the story. */
    void showEverything() {
        List<Place> places = exhibit.places();
        GeoBounds all = new GeoBounds(
                places.stream().mapToDouble(Place::lon).min().orElseThrow(),
                places.stream().mapToDouble(Place::lat).min().orElseThrow(),
                places.stream().mapToDouble(Place::lon).max().orElseThrow(),
                places.stream().mapToDouble(Place::lat).max().orElseThrow());
        // in the map's own units: it is drawn at the reference size and scaled (ScaledMap)
        double margin = FIT_MARGIN_EM * Theme.BODY_SIZE;
        double zoom = ViewLimits.zoomToFit(all, mapView.getWidth(), mapView.getHeight(), margin);
        double centreLat = WebMercator.lat((WebMercator.worldY(all.north()) + WebMercator.worldY(all.south())) / 2);
        flight.to(new GeoPoint(centreLat, (all.west() + all.east()) / 2), zoom);
    }

    /** Centres a place at a zoom and opens its panel. */
    void showPlace(Place place, double zoom) {
        flight.to(new GeoPoint(place.lat(), place.lon()), zoom);
        model.select(place);
    }

    @Override
    public String id() {
        return ScreenId.MAP.id();
    }

    @Override
    public String title() {
        return ScreenNames.of(ScreenId.MAP);
    }


    @Override
    public Node view() {
        return view;
    }

    @Override
    public void reset() {
        model.reset();
        // the next visitor finds the map already home, not on its way there
        flight.stop();
        layer.moveTo(openingCentre(), openingZoom);
    }

    @Override
    public boolean canOpen(Link link) {
        return (link instanceof Link.ToPlace || link instanceof Link.ToPlaceAtZoom)
                && exhibit.place(link.id()).isPresent();
    }

    @Override
    public void open(Link link) {
        Place place = exhibit.place(link.id()).orElseThrow();
        double zoom = link instanceof Link.ToPlaceAtZoom atZoom ? atZoom.zoom()
                : place.isExact() ? EXACT_PLACE_ZOOM : APPROXIMATE_PLACE_ZOOM;
        showPlace(place, zoom);
    }

    @Override
    public List<ScreenState> screenshotStates() {
        return List.of(
                new ScreenState("panel-open", () -> {
                    settle();
                    open(new Link.ToPlace(home.id()));
                }),
                new ScreenState("europe", () -> {
                    settle();
                    showEverything();
                }));
    }

    /** Lays the screen out so views that depend on its size are framed right (screenshots come before a pulse). */
    private void settle() {
        if (view.getScene() != null) {
            view.getScene().getRoot().applyCss();
            view.getScene().getRoot().layout();
        }
    }

    /** The staff diagnostics' view of the base map: why it shows only a plain background, if it does. */
    public Optional<String> baseMapProblem() {
        return baseMap.problem();
    }

    MapModel model() {
        return model;
    }

    PlaceLayer layer() {
        return layer;
    }

    MapFlight flight() {
        return flight;
    }
}
