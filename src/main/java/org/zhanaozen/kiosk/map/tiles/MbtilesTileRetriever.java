package org.zhanaozen.kiosk.map.tiles;

import com.gluonhq.maps.tile.TileRetriever;
import java.io.ByteArrayInputStream;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.RejectedExecutionException;
import javafx.scene.image.Image;
import javafx.scene.image.WritableImage;

/**
 * Gluon Maps' tile retriever for the kiosk: tiles come from the {@link TileSource} given to
 * {@link BaseMapTiles#use}, never from the internet. Registered in META-INF/services so ServiceLoader picks it
 * instead of Gluon's OpenStreetMap retriever.
 *
 * <p>Every future completes normally: Gluon's tile view calls {@code getNow()} during layout, so a failed future
 * would throw inside the JavaFX layout pass. Anything that goes wrong gives the {@link NeutralTile}.
 *
 * <p>Tile images may be larger than 256 px (512 px for 2x screens): Gluon's tile view fits every image into a
 * 256 x 256 logical tile, so a 512-px image is drawn at 256 logical px and stays sharp at 200 % scaling.
 */
public final class MbtilesTileRetriever implements TileRetriever {

    /** Built by ServiceLoader. */
    public MbtilesTileRetriever() {
    }

    @Override
    public CompletableFuture<Image> loadTile(int zoom, long column, long row) {
        BaseMapTiles.Setup setup = BaseMapTiles.current();
        try {
            return CompletableFuture.supplyAsync(() -> imageOf(setup, zoom, column, row), setup.loader())
                    .exceptionally(failure -> {
                        Throwable cause = failure.getCause() != null ? failure.getCause() : failure;
                        setup.source().tileProblems().report("failed: " + cause, zoom, column, row);
                        return setup.neutralTile().image();
                    });
        } catch (RejectedExecutionException stopping) {
            // the app is shutting its loader down; a plain tile is all the map needs now
            return CompletableFuture.completedFuture(setup.neutralTile().image());
        }
    }

    private static Image imageOf(BaseMapTiles.Setup setup, int zoom, long column, long row) {
        Optional<byte[]> data = setup.source().tileData(zoom, column, row);
        if (data.isPresent()) {
            return decode(setup.source(), data.get(), zoom, column, row).orElseGet(setup.neutralTile()::image);
        }
        return enlargedAncestor(setup.source(), zoom, column, row).orElseGet(setup.neutralTile()::image);
    }

    /**
     * Where a zoom level has no tile (the detailed levels cover only part of the world), the nearest stored
     * lower-zoom tile's matching part, which the map scales up: blurrier, but the land and sea are where they are,
     * instead of an empty plain tile.
     */
    private static Optional<Image> enlargedAncestor(TileSource source, int zoom, long column, long row) {
        Optional<TilesetInfo> info = source.info();
        if (info.isEmpty() || !info.get().hasZoom(zoom)) {
            return Optional.empty();
        }
        int minZoom = info.get().minZoom();
        for (int levelsUp = 1; zoom - levelsUp >= minZoom; levelsUp++) {
            int ancestorZoom = zoom - levelsUp;
            Optional<byte[]> data = source.tileData(ancestorZoom, column >> levelsUp, row >> levelsUp);
            if (data.isEmpty()) {
                continue;
            }
            Optional<Image> decoded = decode(source, data.get(), ancestorZoom, column >> levelsUp, row >> levelsUp);
            if (decoded.isEmpty()) {
                return Optional.empty();
            }
            Image ancestor = decoded.get();
            int part = (int) ancestor.getWidth() >> levelsUp;
            if (part < 1) {
                return Optional.empty();
            }
            long mask = (1L << levelsUp) - 1;
            int x = (int) (column & mask) * part;
            int y = (int) (row & mask) * part;
            return Optional.of(new WritableImage(ancestor.getPixelReader(), x, y, part, part));
        }
        return Optional.empty();
    }

    /** The tile's image; a tile that is not one is counted by the source's {@link TileProblems}, never thrown. */
    private static Optional<Image> decode(TileSource source, byte[] data, int zoom, long column, long row) {
        Image image = new Image(new ByteArrayInputStream(data));
        if (image.isError()) {
            source.tileProblems().report(whyNotAnImage(data, image), zoom, column, row);
            return Optional.empty();
        }
        return Optional.of(image);
    }

    private static String whyNotAnImage(byte[] data, Image failed) {
        TileSignature signature = TileSignature.of(data);
        if (signature == TileSignature.OTHER) {
            return "could not be shown: its data is not a PNG or JPEG image";
        }
        if (signature.format().isEmpty()) {
            return "could not be shown: its data is " + signature.description() + ", not a PNG or JPEG image";
        }
        Exception cause = failed.getException();
        return "could not be shown: a damaged " + signature.description()
                + (cause != null && cause.getMessage() != null ? " (" + cause.getMessage() + ")" : "");
    }
}
