package org.zhanaozen.kiosk.content;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * The JSON Schemas of the content files, which editors check a file against while staff type (its top-level
 * {@value ContentLoader#SCHEMA_REFERENCE} names its schema). Their one copy is data/schemas; the build puts that
 * folder in the jar, so that content written elsewhere (the TimelineJS import) can carry them too. The loader does
 * not read them: {@code --validate} stays the authority.
 */
public final class ContentSchemas {

    /** The folder of a content folder that holds the schemas. */
    public static final String FOLDER = "schemas";
    /** The definitions the schemas share. */
    static final String SHARED = "common.schema.json";
    private static final String RESOURCES = "/org/zhanaozen/kiosk/content/schemas/";

    private ContentSchemas() {
    }

    /** The schema of a content file: events.schema.json for events.json. */
    public static String schemaOf(String contentFile) {
        return contentFile.replaceFirst("\\.json$", ".schema.json");
    }

    /** What a content file gives as its {@value ContentLoader#SCHEMA_REFERENCE}: relative, so editors find it offline. */
    public static String reference(String contentFile) {
        return "./" + FOLDER + "/" + schemaOf(contentFile);
    }

    /** Every schema file: one per content file, and the shared definitions. */
    public static List<String> files() {
        return Stream.concat(ContentLoader.FILES.stream().map(ContentSchemas::schemaOf), Stream.of(SHARED)).toList();
    }

    /** Writes every schema into {@code contentFolder}/{@value #FOLDER}, from the jar. */
    public static void copyInto(Path contentFolder) throws IOException {
        Path target = Files.createDirectories(contentFolder.resolve(FOLDER));
        for (String file : files()) {
            try (InputStream schema = Objects.requireNonNull(ContentSchemas.class.getResourceAsStream(RESOURCES + file),
                    "Resource not found: " + RESOURCES + file)) {
                Files.copy(schema, target.resolve(file));
            }
        }
    }
}
