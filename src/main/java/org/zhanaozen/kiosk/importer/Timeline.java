package org.zhanaozen.kiosk.importer;

import java.nio.file.Path;
import java.util.List;

/**
 * A TimelineJS timeline as read from either of its formats, before it is mapped to the kiosk's content. Texts are
 * still TimelineJS's HTML; numbers have been read but not yet checked against what the kiosk can place.
 *
 * @param title  the title slide, or null
 * @param events the slides in the file's order
 * @param eras   the eras, each a slide with start and end dates and a headline
 * @param folder the folder the file sits in, where its media files are looked for
 */
record Timeline(Slide title, List<Slide> events, List<Slide> eras, Path folder) {

    /**
     * One slide (or era).
     *
     * @param where       the slide's place in the file, for messages
     * @param name        how messages name it: {@code slide 3 "The walkout"}
     * @param start       its start date, or null (a title slide)
     * @param end         its end date, or null
     * @param displayDate the slide's own {@code display_date}, or null
     * @param group       its {@code group}, or null
     * @param uniqueId    its {@code unique_id}, or null
     */
    record Slide(SourcePlace where, String name, DateParts start, DateParts end, String displayDate,
                 String headline, String text, Media media, String group, String uniqueId) {
    }

    /** A TimelineJS date object: every part but the year may be null. */
    record DateParts(SourcePlace where, String field, Integer year, Integer month, Integer day, Integer hour,
                     Integer minute, Integer second, Integer millisecond, String displayDate) {
    }

    /** A slide's media: its URL (or path), caption, credit and alt text, any but the URL null. */
    record Media(SourcePlace where, String url, String caption, String credit, String alt) {
    }
}
