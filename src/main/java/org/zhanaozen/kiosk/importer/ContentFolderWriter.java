package org.zhanaozen.kiosk.importer;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.stream.Stream;
import org.zhanaozen.kiosk.content.ContentLoader;
import org.zhanaozen.kiosk.content.ContentSchemas;
import org.zhanaozen.kiosk.content.LoadResult;

/**
 * Writes imported content as a new content folder, all or nothing: into a scratch folder beside the target, checked
 * as the kiosk checks content, then moved into place in one step. A target that has anything in it is refused, never
 * overwritten; on any failure the scratch folder goes and the target is as it was.
 */
final class ContentFolderWriter {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private ContentFolderWriter() {
    }

    /** Refuses a target that the import must not write to; checked before any work is done. */
    static void checkTarget(Path target) throws ImportFailure {
        if (Files.exists(target) && !(Files.isDirectory(target) && isEmpty(target))) {
            throw SourcePlace.wholeFile(target.toString()).failure(Files.isDirectory(target)
                    ? "is not empty: the import writes a new content folder and never overwrites one"
                    : "is a file, not a folder");
        }
    }

    static void write(ContentMapping.Content content, Path target) throws ImportFailure {
        checkTarget(target);
        Path absolute = target.toAbsolutePath().normalize();
        Path scratch = null;
        try {
            Files.createDirectories(absolute.getParent());
            scratch = Files.createTempDirectory(absolute.getParent(), "." + absolute.getFileName() + ".importing-");
            writeContentFile(scratch, "exhibit.json", content.exhibit());
            writeContentFile(scratch, "events.json", content.events());
            // Every file's schema, for the files staff may add later too.
            ContentSchemas.copyInto(scratch);
            for (MediaFiles.Copy image : content.images()) {
                Path copy = scratch.resolve(image.target());
                Files.createDirectories(copy.getParent());
                Files.copy(image.source(), copy);
            }
            LoadResult check = ContentLoader.load(scratch);
            if (!check.problems().isEmpty()) {
                // The mapping writes only what the loader accepts: this is a bug in the import, said plainly.
                throw SourcePlace.wholeFile(target.toString()).failure("internal error: the imported content does not"
                        + " validate: " + check.problems().get(0).format());
            }
            if (Files.isDirectory(absolute)) {
                Files.delete(absolute); // empty, as checked; a file appearing in it since makes this fail
            }
            Files.move(scratch, absolute, StandardCopyOption.ATOMIC_MOVE);
            scratch = null;
        } catch (DirectoryNotEmptyException raced) {
            throw SourcePlace.wholeFile(target.toString()).failure("is not empty: the import writes a new content"
                    + " folder and never overwrites one");
        } catch (IOException | UncheckedIOException e) {
            throw SourcePlace.wholeFile(target.toString()).failure("cannot be written: " + e.getMessage());
        } finally {
            if (scratch != null) {
                deleteQuietly(scratch);
            }
        }
    }

    /** Writes {@code fields} as the content file {@code name}, naming its schema first, as the bundled files do. */
    private static void writeContentFile(Path folder, String name, ObjectNode fields) throws IOException {
        ObjectNode file = JsonNodeFactory.instance.objectNode()
                .put(ContentLoader.SCHEMA_REFERENCE, ContentSchemas.reference(name));
        file.setAll(fields);
        JSON.writeValue(folder.resolve(name).toFile(), file);
    }

    private static boolean isEmpty(Path folder) throws ImportFailure {
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.findAny().isEmpty();
        } catch (IOException e) {
            throw SourcePlace.wholeFile(folder.toString()).failure("cannot be read: " + e.getMessage());
        }
    }

    private static void deleteQuietly(Path folder) {
        try (Stream<Path> all = Files.walk(folder)) {
            all.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException | UncheckedIOException ignored) {
            // a scratch folder left behind is hidden (its name starts with a dot) and never read
        }
    }
}
