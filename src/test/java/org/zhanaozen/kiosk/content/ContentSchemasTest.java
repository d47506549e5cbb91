package org.zhanaozen.kiosk.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.zhanaozen.kiosk.content.ContentLoader.DEMANDS;
import static org.zhanaozen.kiosk.content.ContentLoader.EVENTS;
import static org.zhanaozen.kiosk.content.ContentLoader.EXHIBIT;
import static org.zhanaozen.kiosk.content.ContentLoader.PEOPLE;
import static org.zhanaozen.kiosk.content.ContentLoader.PLACES;
import static org.zhanaozen.kiosk.content.ContentLoader.TOUR;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The JSON Schemas (data/schemas) say what the loader accepts: they accept valid content, and each broken file that
 * {@code --validate} rejects is rejected by its schema too, unless a schema cannot say what is wrong (references
 * between records and files, numbering, files of images), which the table marks as {@code --validate}'s alone.
 */
class ContentSchemasTest {

    private static final Path BUNDLED = Path.of("data");

    @TempDir
    Path temp;

    @Test
    void theSchemasAreValidDraft202012SchemasAndAllThereIs() throws IOException {
        try (Stream<Path> files = Files.list(SchemaCheck.SCHEMAS)) {
            assertThat(files.map(file -> file.getFileName().toString()))
                    .containsExactlyInAnyOrderElementsOf(ContentSchemas.files());
        }
        for (String schema : ContentSchemas.files()) {
            Path file = SchemaCheck.SCHEMAS.resolve(schema);
            assertThat(SchemaCheck.metaSchemaErrors(file)).as(schema).isEmpty();
            assertThat(SchemaCheck.read(file).path("$schema").asText()).as(schema).isEqualTo(SchemaCheck.META_SCHEMA);
        }
    }

    @Test
    void theBundledContentNamesItsSchemaAndMatchesIt() {
        List<String> present = ContentLoader.FILES.stream().filter(file -> Files.exists(BUNDLED.resolve(file))).toList();
        assertThat(present).contains(EXHIBIT, EVENTS);
        for (String file : present) {
            String reference = SchemaCheck.read(BUNDLED.resolve(file)).path(ContentLoader.SCHEMA_REFERENCE).asText();
            assertThat(reference).as(file).isEqualTo(ContentSchemas.reference(file));
            assertThat(BUNDLED.resolve(reference)).as(file).isRegularFile();
        }
        assertThat(SchemaCheck.errorsIn(BUNDLED)).isEmpty();
    }

    @ParameterizedTest(name = "with its tour: {0}")
    @ValueSource(booleans = {false, true})
    void theTestContentMatchesTheSchemas(boolean withTour) {
        TestContent content = TestContent.writeTo(temp);
        if (withTour) {
            content.withTour();
        }
        assertThat(content.load().problems()).isEmpty();
        assertThat(SchemaCheck.errorsIn(temp)).isEmpty();
        assertThat(Files.exists(temp.resolve(TOUR))).isEqualTo(withTour);
    }

    /** Who rejects a broken file. */
    enum Rejected { BY_BOTH, BY_VALIDATE_ONLY }

    /** The test content (with its tour) with {@code from} replaced by {@code to} in {@code file}. */
    record Broken(String what, String file, String from, String to, Rejected rejected) {
        @Override
        public String toString() {
            return what + " (" + file + ", " + rejected + ")";
        }
    }

    static Stream<Broken> brokenContent() {
        return Stream.of(
                both("a missing required field", EXHIBIT, "\"title\": \"Zhanaozen\",", ""),
                both("a missing required field of an event", EVENTS, "\"dateText\": \"11 May 2011\",", ""),
                both("a misspelt field", EVENTS, "\"title\": \"Trial of Kozlov\"", "\"titel\": \"Trial of Kozlov\""),
                both("a field where it has no place", PLACES, "\"kind\": \"city\"", "\"kind\": \"city\", \"home\": \"aktau\""),
                both("a required field that is null", EVENTS, "\"title\": \"Trial of Kozlov\"", "\"title\": null"),
                both("blank required text", PEOPLE, "\"name\": \"Roza Tuletaeva\"", "\"name\": \"  \""),
                both("text for a number", PLACES, "\"lat\": 43.34", "\"lat\": \"north\""),
                both("text for a whole number", EXHIBIT, "\"rank\": 154", "\"rank\": \"154\""),
                both("a fraction for a whole number", DEMANDS, "\"number\": 2", "\"number\": 2.5"),
                both("a demand number below 1", DEMANDS, "\"number\": 1", "\"number\": 0"),
                both("text for true or false", EVENTS, "\"neverGrouped\": true,", "\"neverGrouped\": \"yes\","),
                both("a number in a list of texts", EXHIBIT, "\"In 2011, this town became a symbol of hope.\"", "7"),
                both("a list that is text", EVENTS, "\"places\": [\"aktau\"],",
                        "\"places\": [\"aktau\"], \"involvedPlaces\": \"aktobe-fields\","),
                both("a latitude out of range", PLACES, "\"lat\": 43.34", "\"lat\": 90.5"),
                both("a longitude out of range", PLACES, "\"lon\": 52.86", "\"lon\": -181"),
                both("an unknown place precision", PLACES, "\"precision\": \"exact\"", "\"precision\": \"exakt\""),
                both("an unknown place kind", PLACES, "\"kind\": \"town\"", "\"kind\": \"village\""),
                both("a location note that is not text", PLACES, "\"kind\": \"city\"", "\"kind\": \"city\", \"locationNote\": 5"),
                both("a home that is not text", PLACES, "{ \"places\": [", "{ \"home\": 1, \"places\": ["),
                both("an unknown person group", PEOPLE, "[\"victim\"]", "[\"victim\", \"witness\"]"),
                both("a victim without a story", PEOPLE, "\"story\": \"Spoke to foreign journalists.\",", ""),
                both("a victim with a blank outcome", PEOPLE, "\"outcome\": \"Sentenced to 7 years.\"", "\"outcome\": \"\""),
                both("a portrait at an absolute path", PEOPLE, "\"portrait\": null", "\"portrait\": \"/etc/passwd\""),
                both("a portrait path with \\", PEOPLE, "\"portrait\": null", "\"portrait\": \"images\\\\kozlov.png\""),
                both("an empty list of pairs", PEOPLE,
                        "{ \"accusedOf\": \"creating a criminal group\", \"reality\": \"called for workers' rights\" }", ""),
                both("an empty list of demands", DEMANDS, "{ \"number\": 3, \"text\": \"To free political prisoners.\" }", ""),
                both("a date in words", EVENTS, "\"date\": \"2011-05-11\"", "\"date\": \"11 May 2011\""),
                both("a thirteenth month", EVENTS, "\"date\": \"2011-12\"", "\"date\": \"2013-13\""),
                both("an opening view month in words", EVENTS, "\"to\": \"2011-12\"", "\"to\": \"Dezember\""),
                both("an era ending in words", EVENTS, "\"events\": [", "\"eras\": [ { \"name\": \"The strike\","
                        + " \"start\": \"2011-05\", \"end\": \"late 2011\" } ],\n  \"events\": ["),
                both("nine phases", EVENTS, "{ \"id\": \"trials\", \"name\": \"Trials\" }",
                        "{ \"id\": \"trials\", \"name\": \"Trials\" }" + IntStream.rangeClosed(3, 9)
                                .mapToObj(n -> ", { \"id\": \"p" + n + "\", \"name\": \"Phase " + n + "\" }")
                                .collect(Collectors.joining())),
                both("a correction without its reason", EVENTS, ", \"reason\": \"Spelling.\"", ""),
                both("reach lines without their phase", EVENTS, "\"events\": [",
                        "\"reachLines\": { \"from\": \"aktau\" },\n  \"events\": ["),
                both("media without a file", EVENTS, "\"title\": \"Trial of Kozlov\",",
                        "\"title\": \"Trial of Kozlov\", \"media\": { \"caption\": \"The court\" },"),
                both("a section summary for no screen", EXHIBIT, "\"corrections\": []",
                        "\"sectionSummaries\": { \"timelines\": \"Dates\" },\n  \"corrections\": []"),
                both("a closing address without http(s)://", EXHIBIT, "\"url\": null", "\"url\": \"example.org/zhanaozen\""),
                both("a closing address by ftp", EXHIBIT, "\"url\": null", "\"url\": \"ftp://example.org/zhanaozen\""),
                both("a \"$schema\" that is not text", EVENTS, "\"phases\": [", "\"$schema\": 2, \"phases\": ["),
                both("an unknown tour screen", TOUR, "{ \"screen\": \"demands\" }", "{ \"screen\": \"demand\" }"),
                both("an unknown people view", TOUR, "{ \"screen\": \"people\", \"person\": \"vladimir-kozlov\" }",
                        "{ \"screen\": \"people\", \"view\": \"witnesses\" }"),
                both("an event on a screen but the timeline", TOUR, "{ \"screen\": \"demands\" }",
                        "{ \"screen\": \"demands\", \"event\": \"2012-trial\" }"),
                both("a person and a view in one step", TOUR, "\"person\": \"vladimir-kozlov\" }",
                        "\"person\": \"vladimir-kozlov\", \"view\": \"accused\" }"),
                both("a zoom out of range", TOUR, "{ \"screen\": \"home\", \"note\": \"Welcome.\" }",
                        "{ \"screen\": \"map\", \"place\": \"aktau\", \"zoom\": 21 }"),

                validateOnly("an event at an unknown place", EVENTS, "[\"aktau\"]", "[\"aqtau\"]"),
                validateOnly("an event about an unknown person", EVENTS, "\"roza-tuletaeva\"]", "\"roza\"]"),
                validateOnly("an event in an unknown phase", EVENTS, "\"phase\": \"trials\"", "\"phase\": \"trial\""),
                validateOnly("a place both where it happened and involved", EVENTS, "\"places\": [\"aktau\"],",
                        "\"places\": [\"aktau\"], \"involvedPlaces\": [\"aktau\"],"),
                validateOnly("a duplicate id", DEMANDS, "\"id\": \"nationwide\"", "\"id\": \"zhanaozen\""),
                validateOnly("a day that does not exist", EVENTS, "\"date\": \"2011-05-11\"", "\"date\": \"2013-02-30\""),
                validateOnly("a range of months backwards", EVENTS, "\"2012-08/2012-10\"", "\"2012-10/2012-08\""),
                validateOnly("an opening view backwards", EVENTS, "\"to\": \"2011-12\"", "\"to\": \"2011-04\""),
                validateOnly("a gap in the demands' numbers", DEMANDS, "\"number\": 3", "\"number\": 4"),
                validateOnly("a rank beyond its \"of\"", EXHIBIT, "\"rank\": 154", "\"rank\": 180"),
                validateOnly("a portrait file that is not there", PEOPLE, "\"portrait\": null",
                        "\"portrait\": \"images/nobody.png\""),
                validateOnly("a home that is not a place", PLACES, "{ \"places\": [", "{ \"home\": \"atlantis\", \"places\": ["),
                validateOnly("a tour step at an unknown event", TOUR, "\"event\": \"2012-trial\"", "\"event\": \"2013-appeal\""));
    }

    private static Broken both(String what, String file, String from, String to) {
        return new Broken(what, file, from, to, Rejected.BY_BOTH);
    }

    private static Broken validateOnly(String what, String file, String from, String to) {
        return new Broken(what, file, from, to, Rejected.BY_VALIDATE_ONLY);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenContent")
    void validateRejectsBrokenContentAndTheSchemaWhereItCanSayWhy(Broken broken) {
        TestContent content = TestContent.writeTo(temp).withTour().replace(broken.file(), broken.from(), broken.to());

        List<Problem> problems = content.load().problems();
        assertThat(problems).as("what --validate reports").extracting(Problem::file).contains(broken.file());
        List<String> schemaErrors = SchemaCheck.errors(temp.resolve(broken.file()));
        if (broken.rejected() == Rejected.BY_BOTH) {
            assertThat(schemaErrors).as("the schema's errors (--validate: %s)", problems).isNotEmpty();
        } else {
            assertThat(schemaErrors).as("a schema cannot say this; if it now can, move the case").isEmpty();
        }
    }
}
