package org.zhanaozen.kiosk.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Base64;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A content folder with only what a timeline has: exhibit.json with a title, and events.json (with eras and media). */
class OptionalContentTest {

    /** The smallest PNG there is: one pixel. */
    static final byte[] PIXEL_PNG = Base64.getDecoder().decode(
            "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==");

    @TempDir
    Path folder;

    private void write(String events) throws IOException {
        Files.writeString(folder.resolve("exhibit.json"), "{ \"title\": \"Harbour Lights\" }");
        Files.writeString(folder.resolve("events.json"), events);
    }

    private static String events(String eventExtra, String eras) {
        return """
                { "phases": [ { "id": "dockers", "name": "Dockers" } ],
                  "events": [ { "id": "walkout", "date": "1987-03-02", "dateText": "2 March 1987", "phase": "dockers",
                                "title": "The walkout" %s } ]
                  %s }
                """.formatted(eventExtra, eras);
    }

    @Test
    void aTitleAndEventsAreAWholeExhibit() throws IOException {
        write(events("", ""));

        LoadResult result = ContentLoader.load(folder);

        assertThat(result.problems()).isEmpty();
        Exhibit exhibit = result.exhibit();
        assertThat(exhibit.info().title()).isEqualTo("Harbour Lights");
        assertThat(exhibit.info().introduction()).isEmpty();
        assertThat(exhibit.info().closing()).isNull();
        assertThat(exhibit.info().contextNotes()).isEmpty();
        assertThat(exhibit.places()).isEmpty();
        assertThat(exhibit.people()).isEmpty();
        assertThat(Stream.of(ScreenId.HOME, ScreenId.TIMELINE)).allMatch(exhibit::hasScreen);
        assertThat(Stream.of(ScreenId.MAP, ScreenId.PEOPLE, ScreenId.DEMANDS, ScreenId.CONTEXT, ScreenId.CLOSING))
                .noneMatch(exhibit::hasScreen);
        assertThat(exhibit.eras()).isEmpty();
        assertThat(exhibit.events().get(0).text()).isNull();
        assertThat(exhibit.events().get(0).media()).isNull();
    }

    @Test
    void erasAreReadFromTheirFirstDayToTheirLast() throws IOException {
        write(events("", ", \"eras\": [ { \"name\": \"The lockout\", \"start\": \"1987-02\", \"end\": \"1988\" } ]"));

        Era era = ContentLoader.load(folder).exhibit().eras().get(0);

        assertThat(era.name()).isEqualTo("The lockout");
        assertThat(era.firstDay()).isEqualTo(LocalDate.of(1987, 2, 1));
        assertThat(era.lastDay()).isEqualTo(LocalDate.of(1988, 12, 31));
    }

    @Test
    void anEraThatEndsBeforeItStartsIsNamed() throws IOException {
        write(events("", ", \"eras\": [ { \"name\": \"Backwards\", \"start\": \"1988-05\", \"end\": \"1987\" } ]"));

        assertThat(ContentLoader.load(folder).problems()).extracting(Problem::format)
                .containsExactly("events.json:4:65: \"end\" must not be before \"start\"");
    }

    @Test
    void mediaIsAnImageInsideTheFolder() throws IOException {
        Files.createDirectories(folder.resolve("images"));
        Files.write(folder.resolve("images/walkout.png"), PIXEL_PNG);
        write(events(", \"media\": { \"file\": \"images/walkout.png\", \"caption\": \"The gates\","
                + " \"credit\": \"Union archive\", \"alt\": \"Men at a gate\" }", ""));

        EventMedia media = ContentLoader.load(folder).exhibit().events().get(0).media();

        assertThat(media.file()).isEqualTo(folder.toAbsolutePath().normalize().resolve("images/walkout.png"));
        assertThat(media.caption()).isEqualTo("The gates");
        assertThat(media.credit()).isEqualTo("Union archive");
        assertThat(media.alt()).isEqualTo("Men at a gate");
    }

    @Test
    void mediaOutsideTheFolderIsRefused() throws IOException {
        write(events(", \"media\": { \"file\": \"../elsewhere.png\" }", ""));

        assertThat(ContentLoader.load(folder).problems()).extracting(Problem::message)
                .containsExactly("\"file\": \"../elsewhere.png\" leads outside the content folder");
    }
}
