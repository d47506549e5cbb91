package org.zhanaozen.kiosk.importer;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * {@code --import-timelinejs FILE OUTDIR}: turns a TimelineJS timeline (TimelineJS3's JSON, or the CSV of its Google
 * Sheets template) into a new content folder that the kiosk runs. Prints what it left out as warnings; a problem
 * stops it with one line naming where in the file, and leaves OUTDIR as it was.
 */
public final class ImportTimelineJsCommand {

    private ImportTimelineJsCommand() {
    }

    /** @return 0 when the content folder was written (warnings allowed), 1 when nothing was */
    public static int run(Path file, Path outDir, PrintStream out) {
        try {
            ContentFolderWriter.checkTarget(outDir);
            ContentMapping.Content content = ContentMapping.of(read(file));
            ContentFolderWriter.write(content, outDir);
            content.warnings().forEach(out::println);
            out.println("Imported " + count(content.events().get("events").size(), "event") + ", "
                    + count(content.events().path("eras").size(), "era") + " and "
                    + count(content.images().size(), "image") + " from " + file + " into " + outDir + ".");
            return 0;
        } catch (ImportFailure failure) {
            out.println(failure.getMessage());
            return 1;
        } catch (RuntimeException unexpected) {
            out.println(file + ": internal error while importing: " + (unexpected.getMessage() != null
                    ? unexpected.getMessage() : unexpected.getClass().getSimpleName()));
            return 1;
        }
    }

    private static Timeline read(Path file) throws ImportFailure {
        String name = file.toString();
        if (!Files.isRegularFile(file)) {
            throw SourcePlace.wholeFile(name).failure(Files.exists(file) ? "is not a file" : "does not exist");
        }
        String text;
        try {
            // Strict UTF-8: a spreadsheet saved in another encoding would otherwise import as garbled words.
            text = StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(Files.readAllBytes(file)))
                    .toString();
        } catch (CharacterCodingException notUtf8) {
            throw SourcePlace.wholeFile(name).failure("is not UTF-8 text: save it with UTF-8 encoding");
        } catch (IOException e) {
            throw SourcePlace.wholeFile(name).failure("cannot be read: " + e.getMessage());
        }
        text = text.startsWith("\uFEFF") ? text.substring(1) : text;
        Path folder = file.toAbsolutePath().normalize().getParent();
        return isCsv(file, text) ? TimelineJsCsv.read(name, text, folder) : TimelineJsJson.read(name, text, folder);
    }

    /** By its extension; without a telling one, a file whose first sign is not a JSON brace. */
    private static boolean isCsv(Path file, String text) {
        String lower = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (lower.endsWith(".csv")) {
            return true;
        }
        return !lower.endsWith(".json") && !text.stripLeading().startsWith("{");
    }

    private static String count(int n, String what) {
        return n + " " + what + (n == 1 ? "" : "s");
    }
}
