package org.zhanaozen.kiosk.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zhanaozen.kiosk.content.ContentLoader;
import org.zhanaozen.kiosk.content.ContentSchemas;
import org.zhanaozen.kiosk.content.Era;
import org.zhanaozen.kiosk.content.Event;
import org.zhanaozen.kiosk.content.EventDate;
import org.zhanaozen.kiosk.content.Exhibit;
import org.zhanaozen.kiosk.content.Phase;
import org.zhanaozen.kiosk.content.SchemaCheck;
import org.zhanaozen.kiosk.content.ScreenId;
import org.zhanaozen.kiosk.content.ValidateCommand;

/**
 * The same timeline in TimelineJS's two formats (src/test/resources/timelinejs: harbour.json and harbour.csv), every
 * field of each, imported and read back as the kiosk reads content.
 */
class TimelineJsImportTest {

    @TempDir
    Path temp;

    static Path fixture(String name) {
        try {
            return Path.of(TimelineJsImportTest.class.getResource("/timelinejs/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Runs the import; returns what it printed, after checking it succeeded. */
    private String importing(Path timeline, Path out) {
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        int exit = ImportTimelineJsCommand.run(timeline, out, new PrintStream(printed, true, StandardCharsets.UTF_8));
        String text = printed.toString(StandardCharsets.UTF_8);
        assertThat(exit).as(text).isZero();
        return text;
    }

    private static Exhibit load(Path folder) {
        var result = ContentLoader.load(folder);
        assertThat(result.problems()).isEmpty();
        return result.exhibit();
    }

    @Test
    void theJsonFormatMapsEveryField() throws IOException {
        Path out = temp.resolve("harbour");
        String printed = importing(fixture("harbour.json"), out);

        Exhibit exhibit = load(out);
        assertThat(exhibit.info().title()).isEqualTo("The Harbour & the Dockers");
        assertThat(exhibit.info().introduction()).containsExactly("How the port stopped.",
                "A union story — told in slides.");
        assertThat(exhibit.phases()).extracting(Phase::id, Phase::name).containsExactly(
                tuple("dockers", "Dockers"), tuple("owners", "Owners"),
                tuple("the-harbour-the-dockers", "The Harbour & the Dockers"));
        assertThat(exhibit.events()).extracting(Event::id, e -> e.date().precision(), Event::dateText, Event::phase,
                Event::title, Event::text).containsExactly(
                tuple("gates-close", EventDate.Precision.DAY, "2 March 1987, 06:30", "dockers", "Gates close",
                        "Crane drivers stop at dawn."),
                tuple("1987-05-1987-08-summer-of-pickets", EventDate.Precision.MONTH_RANGE, "May 1987 – August 1987",
                        "dockers", "Summer of pickets", null),
                tuple("1988-01-15-talks-fail", EventDate.Precision.DAY, "Mid-January to February 1988", "owners",
                        "Talks fail", "Owners <refuse> every offer."),
                tuple("1989-ships-return", EventDate.Precision.YEAR, "Early 1989", "the-harbour-the-dockers",
                        "Ships return", "Trade resumes & the port reopens.\nNot all return."),
                tuple("1989-06-01-crane-4-restarts", EventDate.Precision.DAY, "1 June 1989, 14:05 – 3 June 1989",
                        "owners", "Crane № 4 restarts", null));
        Event gates = exhibit.event("gates-close").orElseThrow();
        assertThat(gates.media().file()).isEqualTo(out.toAbsolutePath().normalize().resolve("images/gates.png"));
        assertThat(gates.media().caption()).isEqualTo("The north gate");
        assertThat(gates.media().credit()).isEqualTo("Photo: Union archive");
        assertThat(gates.media().alt()).isEqualTo("A closed iron gate");
        assertThat(Files.readAllBytes(gates.media().file()))
                .isEqualTo(Files.readAllBytes(fixture("images/gates.png")));
        assertThat(exhibit.event("1989-06-01-crane-4-restarts").orElseThrow().media().file().getFileName())
                .hasToString("crane.png");
        assertThat(exhibit.event("1989-ships-return").orElseThrow().media()).isNull();
        assertThat(exhibit.eras()).extracting(Era::name, e -> e.firstDay().toString(), e -> e.lastDay().toString())
                .containsExactly(tuple("The walkout", "1987-03-01", "1987-09-30"),
                        tuple("The lockout", "1988-01-01", "1989-12-31"));
        assertThat(exhibit.places()).isEmpty();
        assertThat(exhibit.people()).isEmpty();
        assertThat(exhibit.info().closing()).isNull();
        assertThat(exhibit.hasScreen(ScreenId.DEMANDS)).isFalse();
        // the thumbnail is not the image the kiosk shows, and nothing else was copied
        try (var images = Files.list(out.resolve("images"))) {
            assertThat(images.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("gates.png", "crane.png");
        }
        assertThat(printed.lines()).containsExactly(
                fixture("harbour.json") + ":8:23: warning: the title slide's media is left out: the kiosk shows"
                        + " images with events only",
                fixture("harbour.json") + ":42:25: warning: slide 4 \"Ships return\": its media"
                        + " https://www.youtube.com/watch?v=harbour is left out: the import fetches nothing from the"
                        + " internet (save the image beside the timeline and name its file instead)",
                "Imported 5 events, 2 eras and 2 images from " + fixture("harbour.json") + " into " + out + ".");
    }

    @Test
    void theSpreadsheetTemplatesCsvMapsEveryColumn() {
        Path out = temp.resolve("harbour");
        String printed = importing(fixture("harbour.csv"), out);

        Exhibit exhibit = load(out);
        assertThat(exhibit.info().title()).isEqualTo("The Harbour & the Dockers");
        assertThat(exhibit.info().introduction()).containsExactly("How the port stopped.", "A story, in rows.");
        assertThat(exhibit.phases()).extracting(Phase::name)
                .containsExactly("Dockers", "Owners", "The Harbour & the Dockers");
        assertThat(exhibit.events()).extracting(Event::date, Event::dateText, Event::title, Event::text).containsExactly(
                tuple(EventDate.parse("1987-03-02"), "2 March 1987, 06:30", "Gates close",
                        "Crane drivers stop at dawn, before the first shift."),
                tuple(EventDate.parse("1987-05/1987-08"), "May 1987 – August 1987", "Summer of pickets", null),
                tuple(EventDate.parse("1988-01-15"), "Mid-January to February 1988", "Talks fail",
                        "Owners <refuse> every offer."),
                tuple(EventDate.parse("1989"), "Early 1989", "Ships return",
                        "Trade resumes & the port reopens.\nNot all return."),
                tuple(EventDate.parse("1989-06-01"), "1 June 1989, 14:05 – 3 June 1989, 17:00", "Crane № 4 restarts",
                        null));
        Event gates = exhibit.events().get(0);
        assertThat(gates.media().caption()).isEqualTo("The north gate");
        assertThat(gates.media().credit()).isEqualTo("Photo: Union archive");
        assertThat(gates.media().alt()).as("the template has no alt text column").isNull();
        assertThat(exhibit.eras()).extracting(Era::name).containsExactly("The walkout", "The lockout");
        assertThat(printed).contains(fixture("harbour.csv") + ":8: warning: slide \"Ships return\": its media"
                + " https://www.youtube.com/watch?v=harbour is left out");
    }

    @Test
    void theImportedFolderPassesValidateWithoutWarnings() {
        Path out = temp.resolve("harbour");
        importing(fixture("harbour.json"), out);
        ByteArrayOutputStream printed = new ByteArrayOutputStream();

        int exit = ValidateCommand.run(out, new PrintStream(printed, true, StandardCharsets.UTF_8));

        assertThat(printed.toString(StandardCharsets.UTF_8).lines()).containsExactly(
                "Content in " + out + " is valid: 5 events, 0 places, 0 people, 0 demands.");
        assertThat(exit).isZero();
    }

    @Test
    void theImportedFilesNameTheirSchemasWrittenBesideThemAndMatchThem() throws IOException {
        Path out = temp.resolve("harbour");
        importing(fixture("harbour.json"), out);

        for (String schema : ContentSchemas.files()) {
            assertThat(out.resolve(ContentSchemas.FOLDER).resolve(schema)).as(schema)
                    .hasSameBinaryContentAs(SchemaCheck.SCHEMAS.resolve(schema));
        }
        for (String file : List.of("exhibit.json", "events.json")) {
            assertThat(new ObjectMapper().readTree(out.resolve(file).toFile()).path(ContentLoader.SCHEMA_REFERENCE)
                    .asText()).as(file).isEqualTo(ContentSchemas.reference(file));
        }
        assertThat(SchemaCheck.errorsIn(out)).isEmpty();
    }

    @Test
    void mediaTheKioskCannotShowIsLeftOutWithAWarningNamingTheSlide() throws IOException {
        Path folder = Files.createDirectories(temp.resolve("source"));
        Files.copy(fixture("images/notes.txt"), folder.resolve("notes.txt"));
        Path timeline = Files.writeString(folder.resolve("t.json"), """
                { "events": [
                  { "start_date": { "year": 1990 }, "text": { "headline": "Minutes" }, "media": { "url": "notes.txt" } },
                  { "start_date": { "year": 1991 }, "text": { "headline": "Quote" },
                    "media": { "url": "<blockquote>Strike!</blockquote>" } },
                  { "start_date": { "year": 1992 }, "text": { "headline": "Film" }, "media": { "url": "//cdn.example.org/a.mp4" } }
                ] }
                """);
        Path out = temp.resolve("out");

        String printed = importing(timeline, out);

        assertThat(printed.lines()).containsExactly(
                timeline + ":2:90: warning: slide 1 \"Minutes\": its media notes.txt is left out: not a PNG, JPEG, GIF or"
                        + " BMP image, the files the kiosk shows",
                timeline + ":4:23: warning: slide 2 \"Quote\": its media is HTML (an embed), left out: the kiosk shows"
                        + " image files only",
                timeline + ":5:87: warning: slide 3 \"Film\": its media //cdn.example.org/a.mp4 is left out: the import"
                        + " fetches nothing from the internet (save the image beside the timeline and name its file"
                        + " instead)",
                "Imported 3 events, 0 eras and 0 images from " + timeline + " into " + out + ".");
        assertThat(load(out).events()).extracting(Event::media).containsOnlyNulls();
        assertThat(out.resolve("images")).doesNotExist();
    }

    @Test
    void twoThousandGeneratedSlidesImportAndValidate() throws IOException {
        StringBuilder json = new StringBuilder("{ \"events\": [");
        for (int i = 0; i < 2000; i++) {
            json.append(i == 0 ? "" : ",").append(String.format(
                    "{ \"start_date\": { \"year\": \"%d\", \"month\": \"%d\", \"day\": %d },"
                            + " \"text\": { \"headline\": \"Meeting &numero; %d\", \"text\": \"<p>Minutes of meeting %d.</p>\" },"
                            + " \"group\": \"Branch %d\" }",
                    1900 + i / 20, 1 + i % 12, 1 + i % 28, i, i, i % 7));
        }
        Path timeline = Files.writeString(temp.resolve("big.json"), json.append("] }").toString());
        Path out = temp.resolve("big");

        importing(timeline, out);

        Exhibit exhibit = load(out);
        assertThat(exhibit.events()).hasSize(2000);
        assertThat(exhibit.phases()).hasSize(7);
        assertThat(exhibit.events().get(1999).title()).isEqualTo("Meeting № 1999");
        assertThat(exhibit.info().title()).isEqualTo("Timeline");
        assertThat(exhibit.events()).extracting(Event::id).doesNotHaveDuplicates();
        assertThat(List.of(exhibit.events().get(0).date().start().toString())).containsExactly("1900-01-01");
    }
}
