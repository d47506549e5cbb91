package org.zhanaozen.kiosk.content;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * Checks an image path from the content (a portrait, an event's media) without starting JavaFX: a relative path that stays inside the content
 * folder (also after following links), naming an existing file in a format JavaFX's Image decodes.
 */
public final class PortraitFiles {

    /** The first bytes of each image format JavaFX can decode. */
    private static final List<byte[]> IMAGE_SIGNATURES = List.of(
            new byte[] {(byte) 0x89, 'P', 'N', 'G'},
            new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF},
            new byte[] {'G', 'I', 'F', '8'},
            new byte[] {'B', 'M'});
    private static final int LONGEST_SIGNATURE = 4;

    private PortraitFiles() {
    }

    /**
     * The portrait's absolute, normalised path.
     *
     * @param folder the content folder, absolute and normalised
     * @throws IllegalArgumentException with a message fit to show staff
     */
    static Path resolve(Path folder, String relative) {
        if (relative.contains("\\")) {
            throw new IllegalArgumentException("\"" + relative + "\": use / between folder names, not \\");
        }
        Path path;
        try {
            path = Path.of(relative);
        } catch (InvalidPathException e) {
            throw new IllegalArgumentException("\"" + relative + "\" is not a valid file path");
        }
        // A Windows drive letter is not absolute to Linux, but it never names a file inside the folder.
        if (path.isAbsolute() || relative.matches("[A-Za-z]:.*")) {
            throw new IllegalArgumentException("\"" + relative
                    + "\" must be a path inside the content folder (like images/kozlov.jpg), not an absolute path");
        }
        Path resolved = folder.resolve(path).normalize();
        if (!resolved.startsWith(folder)) {
            throw new IllegalArgumentException("\"" + relative + "\" leads outside the content folder");
        }
        if (!Files.exists(resolved)) {
            throw new IllegalArgumentException("\"" + relative + "\" does not exist");
        }
        if (!Files.isRegularFile(resolved)) {
            throw new IllegalArgumentException("\"" + relative + "\" is not a file");
        }
        try {
            if (!resolved.toRealPath().startsWith(folder.toRealPath())) {
                throw new IllegalArgumentException("\"" + relative + "\" is a link that leads outside the content folder");
            }
            if (!isImage(resolved)) {
                throw new IllegalArgumentException("\"" + relative + "\" is not an image (use PNG or JPEG)");
            }
        } catch (IOException e) {
            throw new IllegalArgumentException("\"" + relative + "\" cannot be read: " + e.getMessage());
        }
        return resolved;
    }

    /** Whether the file begins as an image JavaFX decodes (PNG, JPEG, GIF, BMP): what the kiosk can show. */
    public static boolean isImage(Path file) throws IOException {
        byte[] start;
        try (InputStream in = Files.newInputStream(file)) {
            start = in.readNBytes(LONGEST_SIGNATURE);
        }
        return IMAGE_SIGNATURES.stream().anyMatch(signature -> start.length >= signature.length
                && Arrays.equals(start, 0, signature.length, signature, 0, signature.length));
    }
}
