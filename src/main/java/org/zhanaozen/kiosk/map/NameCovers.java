package org.zhanaozen.kiosk.map;

import java.io.ByteArrayInputStream;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import javafx.application.Platform;
import javafx.scene.Group;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import org.zhanaozen.kiosk.map.tiles.TileSource;

/**
 * Hides the base-map names that an exhibit label has to cover (no side of its marker was free of them): over each lies
 * the map as it is under the name without it, which the tileset keeps for every name. A name half hidden under a
 * label reads as a stray word; hidden whole, the label sits on plain map.
 */
final class NameCovers extends Group {

    /** Decoded covers kept for the next layouts; a view holds a few dozen names at most. */
    private static final int KEPT_COVERS = 96;

    private final TileSource source;
    private final Executor loader;
    private final Runnable whenLoaded;
    /** Read covers, empty where a name has none (it is not asked for again while kept). */
    private final Map<Long, Optional<Image>> loaded = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Long, Optional<Image>> eldest) {
            return size() > KEPT_COVERS;
        }
    };
    private final Set<Long> loading = new HashSet<>();

    /**
     * @param loader     reads and decodes covers off the JavaFX thread (the tiles' loader)
     * @param whenLoaded asks for a new layout once a cover has arrived
     */
    NameCovers(TileSource source, Executor loader, Runnable whenLoaded) {
        this.source = source;
        this.loader = loader;
        this.whenLoaded = whenLoaded;
        setMouseTransparent(true);
        setManaged(false);
    }

    /** Covers exactly these names; a cover not read yet comes with a later layout. */
    void cover(List<BaseNameBoxes.Box> names) {
        while (getChildren().size() < names.size()) {
            ImageView view = new ImageView();
            view.getStyleClass().add("base-name-cover");
            getChildren().add(view);
        }
        for (int i = 0; i < getChildren().size(); i++) {
            ImageView view = (ImageView) getChildren().get(i);
            Image image = i < names.size() ? imageFor(names.get(i)) : null;
            view.setImage(image);
            view.setVisible(image != null);
            if (image != null) {
                BaseNameBoxes.Box name = names.get(i);
                view.relocate(name.box().getMinX(), name.box().getMinY());
                view.setFitWidth(name.box().getWidth());
                view.setFitHeight(name.box().getHeight());
            }
        }
    }

    private Image imageFor(BaseNameBoxes.Box name) {
        long id = name.name().id();
        Optional<Image> image = loaded.get(id);
        if (image == null && loading.add(id)) {
            try {
                CompletableFuture.supplyAsync(() -> source.groundUnder(name.name()).flatMap(NameCovers::decode), loader)
                        .thenAccept(cover -> Platform.runLater(() -> {
                            loading.remove(id);
                            loaded.put(id, cover);
                            cover.ifPresent(decoded -> whenLoaded.run());
                        }));
            } catch (RejectedExecutionException stopping) {
                loading.remove(id);
            }
        }
        return image == null ? null : image.orElse(null);
    }

    private static Optional<Image> decode(byte[] data) {
        Image image = new Image(new ByteArrayInputStream(data));
        return image.isError() ? Optional.empty() : Optional.of(image);
    }
}
