package org.zhanaozen.kiosk;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.zhanaozen.kiosk.content.ContentLoader;
import org.zhanaozen.kiosk.content.Exhibit;

/** The bundled content, and copies of it with one file changed, for tests. */
public final class BundledContent {

    public static final Path BUNDLED = Path.of("data");

    private BundledContent() {
    }

    public static Exhibit bundled() {
        return ContentLoader.load(BUNDLED).valid()
                .orElseThrow(() -> new AssertionError("The bundled content must be valid"));
    }

    /** Copies the bundled JSON files into {@code target}, passing the named file's text through {@code edit}. */
    public static Path copyWith(Path target, String file, UnaryOperator<String> edit) {
        try (Stream<Path> files = Files.list(BUNDLED)) {
            for (Path source : files.filter(p -> p.toString().endsWith(".json")).toList()) {
                String text = Files.readString(source);
                String name = source.getFileName().toString();
                Files.writeString(target.resolve(name), name.equals(file) ? edit.apply(text) : text);
            }
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
