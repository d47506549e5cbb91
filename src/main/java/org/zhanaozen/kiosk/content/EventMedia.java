package org.zhanaozen.kiosk.content;

import java.nio.file.Path;

/**
 * An image shown with an event (events.json {@code media}): a file inside the content folder, checked at load time.
 * {@code caption}, {@code credit} and {@code alt} (the image told in words, for assistive technology) may be null.
 */
public record EventMedia(Path file, String caption, String credit, String alt) {
}
