package org.zhanaozen.kiosk.content;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.zhanaozen.kiosk.map.tiles.MbtilesTileSource;
import org.zhanaozen.kiosk.map.tiles.TileSignature;
import org.zhanaozen.kiosk.map.tiles.TilesetInfo;

/**
 * The content folder's base map ({@link ContentLoader#BASE_MAP}), checked for {@code --validate} like the JSON files.
 * An error where the map cannot use the file at all (it would show its places on a plain background only): not an
 * MBTiles file, no tiles, no PNG or JPEG tiles. A warning where it works less well than it should: no base map, metadata
 * its tiles contradict, some tiles that are not PNG or JPEG, places outside its tiles.
 * The running kiosk shows the exhibit whatever this finds: the map falls back to a plain background by itself.
 */
final class BaseMapCheck {

    private static final String FILE = ContentLoader.BASE_MAP.toString().replace('\\', '/');

    private BaseMapCheck() {
    }

    /**
     * @param places the content's places, when they could be read: each should lie on the base map's tiles
     */
    static List<Problem> check(Path folder, Optional<List<Place>> places) {
        Path file = folder.resolve(ContentLoader.BASE_MAP);
        if (!Files.exists(file)) {
            return List.of(Problem.warning(FILE, "no base map: the map shows its places on a plain background"));
        }
        try (MbtilesTileSource source = MbtilesTileSource.open(file)) {
            MbtilesTileSource.Findings findings = source.findings();
            if (findings.unusable().isPresent()) {
                return List.of(Problem.about(FILE, findings.unusable().get()
                        + " (the map would show its places on a plain background)"));
            }
            List<Problem> problems = new ArrayList<>();
            findings.warnings().forEach(warning -> problems.add(Problem.warning(FILE, warning)));
            try {
                notRasterTiles(source).ifPresent(message -> problems.add(Problem.warning(FILE, message)));
            } catch (SQLException damaged) {
                problems.add(Problem.about(FILE, "some tiles cannot be read (" + damaged.getMessage()
                        + "): the map shows plain tiles there"));
            }
            TilesetInfo info = source.info().orElseThrow();
            places.map(list -> list.stream().filter(place -> !info.shows(place.lon(), place.lat()))
                            .map(Place::id).toList())
                    .filter(outside -> !outside.isEmpty())
                    .ifPresent(outside -> problems.add(Problem.warning(FILE, "no tiles where "
                            + (outside.size() == 1 ? "this place is" : "these places are") + " (" + ContentLoader.PLACES
                            + "): " + String.join(", ", outside) + "; the map shows them on a plain background")));
            return problems;
        }
    }

    /** Tiles JavaFX cannot decode, among ones it can: they show as plain tiles. */
    private static Optional<String> notRasterTiles(MbtilesTileSource source) throws SQLException {
        Map<TileSignature, Long> counts = source.countTilesBySignature();
        long all = counts.values().stream().mapToLong(Long::longValue).sum();
        Map<TileSignature, Long> unusable = counts.entrySet().stream()
                .filter(entry -> entry.getKey().format().isEmpty())
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        if (unusable.isEmpty()) {
            return Optional.empty();
        }
        long count = unusable.values().stream().mapToLong(Long::longValue).sum();
        String kinds = unusable.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .map(entry -> entry.getKey().description() + ": " + entry.getValue())
                .collect(Collectors.joining(", "));
        return Optional.of(count + " of " + all + " tiles are not PNG or JPEG (" + kinds
                + "): they show as plain tiles");
    }
}
