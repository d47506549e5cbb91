package org.zhanaozen.kiosk.importer;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.zhanaozen.kiosk.content.PortraitFiles;

/**
 * A slide's media as the kiosk can show it: an image file beside the timeline (or in a folder below it), to be
 * copied into the content's {@code images/}. Nothing is fetched: a media URL on the internet, a video or any other
 * embed is left out with a warning naming the slide.
 */
final class MediaFiles {

    /** Where the copies go, inside the content folder. */
    static final String IMAGES = "images";
    /** A URL scheme (https:, data:, …): never a file beside the timeline. A drive letter (C:) is not one. */
    private static final Pattern SCHEME = Pattern.compile("[A-Za-z][A-Za-z0-9+.-]+:.*");

    /** One image to copy: from the timeline's folder to a path inside the content folder. */
    record Copy(Path source, String target) {
    }

    private final Path folder;
    private final List<String> warnings;
    private final List<Copy> copies = new ArrayList<>();
    private final Set<String> targets = new HashSet<>();

    MediaFiles(Path folder, List<String> warnings) {
        this.folder = folder.toAbsolutePath().normalize();
        this.warnings = warnings;
    }

    List<Copy> copies() {
        return List.copyOf(copies);
    }

    /** The copy that shows this media, or empty (with a warning) when the kiosk cannot show it. */
    Optional<Copy> copy(String slide, Timeline.Media media) throws ImportFailure {
        String url = media.url();
        if (url.startsWith("//") || SCHEME.matcher(url).matches() && !url.regionMatches(true, 0, "file:", 0, 5)) {
            warnings.add(media.where().warning(slide + ": its media " + url + " is left out: the import fetches"
                    + " nothing from the internet (save the image beside the timeline and name its file instead)"));
            return Optional.empty();
        }
        if (url.startsWith("<")) {
            warnings.add(media.where().warning(slide + ": its media is HTML (an embed), left out: the kiosk shows"
                    + " image files only"));
            return Optional.empty();
        }
        Path source = source(slide, media);
        if (!isImage(source)) {
            warnings.add(media.where().warning(slide + ": its media " + url + " is left out: not a PNG, JPEG, GIF"
                    + " or BMP image, the files the kiosk shows"));
            return Optional.empty();
        }
        Optional<Copy> same = copies.stream().filter(copy -> copy.source().equals(source)).findFirst();
        if (same.isPresent()) {
            return same;
        }
        Copy copy = new Copy(source, IMAGES + "/" + freeName(source.getFileName().toString()));
        copies.add(copy);
        return Optional.of(copy);
    }

    private Path source(String slide, Timeline.Media media) throws ImportFailure {
        String path = media.url().regionMatches(true, 0, "file:", 0, 5) ? media.url().substring(5) : media.url();
        Path resolved;
        try {
            resolved = folder.resolve(URLDecoder.decode(path.replace("+", "%2B"), StandardCharsets.UTF_8)).normalize();
        } catch (IllegalArgumentException e) { // also InvalidPathException
            throw media.where().failure(slide + ": its media \"" + media.url() + "\" is not a file path");
        }
        if (!resolved.startsWith(folder)) {
            throw media.where().failure(slide + ": its media \"" + media.url() + "\" is outside the timeline's folder"
                    + " (put the file beside the timeline, or in a folder below it)");
        }
        if (!Files.isRegularFile(resolved)) {
            throw media.where().failure(slide + ": its media file \"" + media.url() + "\" does not exist beside the"
                    + " timeline");
        }
        return resolved;
    }

    private static boolean isImage(Path file) throws ImportFailure {
        try {
            return PortraitFiles.isImage(file);
        } catch (IOException e) {
            throw SourcePlace.wholeFile(file.toString()).failure("cannot be read: " + e.getMessage());
        }
    }

    /** The file's name, or with a number before its extension when another image already took it. */
    private String freeName(String name) {
        String safe = name.replaceAll("[^A-Za-z0-9._-]", "-");
        int dot = safe.lastIndexOf('.');
        String stem = dot > 0 ? safe.substring(0, dot) : safe;
        String extension = dot > 0 ? safe.substring(dot).toLowerCase(Locale.ROOT) : "";
        String candidate = stem + extension;
        for (int n = 2; !targets.add(candidate); n++) {
            candidate = stem + "-" + n + extension;
        }
        return candidate;
    }
}
