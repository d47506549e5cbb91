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
 * Valid edits the test content does not have (optional fields, nulls) are checked both ways too: accepted by both.
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

    /** What --validate and the schema each make of an edited file. */
    enum Verdict {
        BOTH_REJECT(true, true), ONLY_VALIDATE_REJECTS(true, false), BOTH_ACCEPT(false, false);

        final boolean validateRejects;
        final boolean schemaRejects;

        Verdict(boolean validateRejects, boolean schemaRejects) {
            this.validateRejects = validateRejects;
            this.schemaRejects = schemaRejects;
        }
    }

    /** The test content (with its tour) with {@code from} replaced by {@code to} in {@code file}. */
    record Edit(String what, String file, String from, String to, Verdict verdict) {
        @Override
        public String toString() {
            return what + " (" + file + ": " + verdict + ")";
        }
    }

    static Stream<Edit> edits() {
        return Stream.of(
                bothReject("a missing required field", EXHIBIT, "\"title\": \"Harbourtown\",", ""),
                bothReject("a missing required field of an event", EVENTS, "\"dateText\": \"11 May 1991\",", ""),
                bothReject("a misspelt field", EVENTS, "\"title\": \"Trial of Sorel\"", "\"titel\": \"Trial of Sorel\""),
                bothReject("a field where it has no place", PLACES, "\"kind\": \"city\"", "\"kind\": \"city\", \"home\": \"portside\""),
                bothReject("a required field that is null", EVENTS, "\"title\": \"Trial of Sorel\"", "\"title\": null"),
                bothReject("blank required text", PEOPLE, "\"name\": \"Mira Dobre\"", "\"name\": \"  \""),
                bothReject("text for a number", PLACES, "\"lat\": 43.34", "\"lat\": \"north\""),
                bothReject("text for a whole number", EXHIBIT, "\"rank\": 121", "\"rank\": \"121\""),
                bothReject("a fraction for a whole number", DEMANDS, "\"number\": 2", "\"number\": 2.5"),
                bothReject("a demand number below 1", DEMANDS, "\"number\": 1", "\"number\": 0"),
                bothReject("text for true or false", EVENTS, "\"neverGrouped\": true,", "\"neverGrouped\": \"yes\","),
                bothReject("a number in a list of texts", EXHIBIT, "\"In 1991, this town became a symbol of hope.\"", "7"),
                bothReject("a list that is text", EVENTS, "\"places\": [\"portside\"],",
                        "\"places\": [\"portside\"], \"involvedPlaces\": \"upland-fields\","),
                bothReject("a latitude out of range", PLACES, "\"lat\": 43.34", "\"lat\": 90.5"),
                bothReject("a longitude out of range", PLACES, "\"lon\": 52.86", "\"lon\": -181"),
                bothReject("an unknown place precision", PLACES, "\"precision\": \"exact\"", "\"precision\": \"exakt\""),
                bothReject("an unknown place kind", PLACES, "\"kind\": \"town\"", "\"kind\": \"village\""),
                bothReject("an opening zoom past street level", PLACES, "{ \"places\": [",
                        "{ \"openingZoom\": 19, \"places\": ["),
                bothAccept("an opening zoom between levels", PLACES, "{ \"places\": [",
                        "{ \"openingZoom\": 7.5, \"places\": ["),
                bothReject("a location note that is not text", PLACES, "\"kind\": \"city\"", "\"kind\": \"city\", \"locationNote\": 5"),
                bothReject("a home that is not text", PLACES, "{ \"places\": [", "{ \"home\": 1, \"places\": ["),
                bothReject("an unknown person group", PEOPLE, "[\"victim\"]", "[\"victim\", \"witness\"]"),
                bothReject("a victim without a story", PEOPLE, "\"story\": \"Spoke to foreign journalists.\",", ""),
                bothReject("a victim with a blank outcome", PEOPLE, "\"outcome\": \"Sentenced to 7 years.\"", "\"outcome\": \"\""),
                bothReject("a portrait at an absolute path", PEOPLE, "\"portrait\": null", "\"portrait\": \"/etc/passwd\""),
                bothReject("a portrait path with \\", PEOPLE, "\"portrait\": null", "\"portrait\": \"images\\\\kozlov.png\""),
                bothReject("an empty list of pairs", PEOPLE,
                        "{ \"accusedOf\": \"creating a criminal group\", \"reality\": \"called for workers' rights\" }", ""),
                bothReject("an empty list of demands", DEMANDS, "{ \"number\": 3, \"text\": \"To free political prisoners.\" }", ""),
                bothReject("a date in words", EVENTS, "\"date\": \"1991-05-11\"", "\"date\": \"11 May 1991\""),
                bothReject("a thirteenth month", EVENTS, "\"date\": \"1991-12\"", "\"date\": \"2013-13\""),
                bothReject("an opening view month in words", EVENTS, "\"to\": \"1991-12\"", "\"to\": \"Dezember\""),
                bothReject("an era ending in words", EVENTS, "\"events\": [", "\"eras\": [ { \"name\": \"The strike\","
                        + " \"start\": \"1991-05\", \"end\": \"late 1991\" } ],\n  \"events\": ["),
                bothReject("nine phases", EVENTS, "{ \"id\": \"trials\", \"name\": \"Trials\" }",
                        "{ \"id\": \"trials\", \"name\": \"Trials\" }" + IntStream.rangeClosed(3, 9)
                                .mapToObj(n -> ", { \"id\": \"p" + n + "\", \"name\": \"Phase " + n + "\" }")
                                .collect(Collectors.joining())),
                bothReject("a correction without its reason", EVENTS, ", \"reason\": \"Spelling.\"", ""),
                bothReject("reach lines without their phase", EVENTS, "\"events\": [",
                        "\"reachLines\": { \"from\": \"portside\" },\n  \"events\": ["),
                bothReject("media without a file", EVENTS, "\"title\": \"Trial of Sorel\",",
                        "\"title\": \"Trial of Sorel\", \"media\": { \"caption\": \"The court\" },"),
                bothReject("a section summary for no screen", EXHIBIT, "\"corrections\": []",
                        "\"sectionSummaries\": { \"timelines\": \"Dates\" },\n  \"corrections\": []"),
                bothReject("a closing address without http(s)://", EXHIBIT, "\"url\": null", "\"url\": \"example.org/zhanaozen\""),
                bothReject("a closing address by ftp", EXHIBIT, "\"url\": null", "\"url\": \"ftp://example.org/zhanaozen\""),
                bothReject("a \"$schema\" that is not text", EVENTS, "\"phases\": [", "\"$schema\": 2, \"phases\": ["),
                bothReject("an unknown tour screen", TOUR, "{ \"screen\": \"demands\" }", "{ \"screen\": \"demand\" }"),
                bothReject("an unknown people view", TOUR, "{ \"screen\": \"people\", \"person\": \"ivan-sorel\" }",
                        "{ \"screen\": \"people\", \"view\": \"witnesses\" }"),
                bothReject("an event on a screen but the timeline", TOUR, "{ \"screen\": \"demands\" }",
                        "{ \"screen\": \"demands\", \"event\": \"1992-trial\" }"),
                bothReject("a person and a view in one step", TOUR, "\"person\": \"ivan-sorel\" }",
                        "\"person\": \"ivan-sorel\", \"view\": \"accused\" }"),
                bothReject("a zoom out of range", TOUR, "{ \"screen\": \"home\", \"note\": \"Welcome.\" }",
                        "{ \"screen\": \"map\", \"place\": \"portside\", \"zoom\": 21 }"),

                onlyValidateRejects("an event at an unknown place", EVENTS, "[\"portside\"]", "[\"aqtau\"]"),
                onlyValidateRejects("an event about an unknown person", EVENTS, "\"mira-dobre\"]", "\"roza\"]"),
                onlyValidateRejects("an event in an unknown phase", EVENTS, "\"phase\": \"trials\"", "\"phase\": \"trial\""),
                onlyValidateRejects("a place both where it happened and involved", EVENTS, "\"places\": [\"portside\"],",
                        "\"places\": [\"portside\"], \"involvedPlaces\": [\"portside\"],"),
                onlyValidateRejects("a duplicate id", DEMANDS, "\"id\": \"nationwide\"", "\"id\": \"harbourtown\""),
                onlyValidateRejects("a day that does not exist", EVENTS, "\"date\": \"1991-05-11\"", "\"date\": \"2013-02-30\""),
                onlyValidateRejects("a range of months backwards", EVENTS, "\"1992-08/1992-10\"", "\"1992-10/1992-08\""),
                onlyValidateRejects("an opening view backwards", EVENTS, "\"to\": \"1991-12\"", "\"to\": \"1991-04\""),
                onlyValidateRejects("a gap in the demands' numbers", DEMANDS, "\"number\": 3", "\"number\": 4"),
                onlyValidateRejects("a rank beyond its \"of\"", EXHIBIT, "\"rank\": 121", "\"rank\": 161"),
                onlyValidateRejects("a portrait file that is not there", PEOPLE, "\"portrait\": null",
                        "\"portrait\": \"images/nobody.png\""),
                onlyValidateRejects("a home that is not a place", PLACES, "{ \"places\": [", "{ \"home\": \"atlantis\", \"places\": ["),
                onlyValidateRejects("a tour step at an unknown event", TOUR, "\"event\": \"1992-trial\"", "\"event\": \"2013-appeal\""),

                bothAccept("optional text left blank", EXHIBIT, "\"victimsIntro\": \"The victims are not anonymous.\"",
                        "\"victimsIntro\": \"\""),
                bothAccept("optional text left null", EXHIBIT, "\"nameMeaning\": \"Harbourtown means a town by the water.\"",
                        "\"nameMeaning\": null"),
                bothAccept("a closing address", EXHIBIT, "\"url\": null", "\"url\": \"https://example.org/zhanaozen\""),
                bothAccept("section summaries", EXHIBIT, "\"corrections\": []",
                        "\"sectionSummaries\": { \"home\": \"Start here\", \"timeline\": null },\n  \"corrections\": []"),
                bothAccept("a date that is a year", EVENTS, "\"date\": \"1991-12\"", "\"date\": \"1991\""),
                bothAccept("eras", EVENTS, "\"events\": [", "\"eras\": [ { \"name\": \"The strike\", \"start\": \"1991-05\","
                        + " \"end\": \"1992\" } ],\n  \"events\": ["),
                bothAccept("reach lines", EVENTS, "\"events\": [", "\"reachLines\": { \"from\": \"portside\", \"phase\": \"trials\" },"
                        + "\n  \"events\": ["),
                bothAccept("involved places", EVENTS, "\"places\": [\"portside\"],",
                        "\"places\": [\"portside\"], \"involvedPlaces\": [\"upland-fields\"],"),
                bothAccept("optional values left null", EVENTS, "\"neverGrouped\": true,",
                        "\"neverGrouped\": null, \"media\": null, \"corrections\": null, \"involvedPlaces\": null,"),
                bothAccept("no opening view", EVENTS, "{ \"from\": \"1991-05\", \"to\": \"1991-12\" }", "null"),
                bothAccept("a \"$schema\"", EVENTS, "\"phases\": [", "\"$schema\": \"./schemas/events.schema.json\", \"phases\": ["),
                bothAccept("a location note", PLACES, "\"kind\": \"city\"",
                        "\"kind\": \"city\", \"locationNote\": \"Where the court sits.\""),
                bothAccept("a home", PLACES, "{ \"places\": [", "{ \"home\": \"portside\", \"places\": ["),
                bothAccept("someone the story names, without a role", PEOPLE, "\"groups\": []",
                        "\"groups\": [], \"role\": null, \"story\": \"\", \"portraitCredit\": null"),
                bothAccept("a map step with a zoom", TOUR, "{ \"screen\": \"home\", \"note\": \"Welcome.\" }",
                        "{ \"screen\": \"map\", \"place\": \"portside\", \"zoom\": 7.5, \"event\": null }"),
                bothAccept("a step showing a view", TOUR, "{ \"screen\": \"people\", \"person\": \"ivan-sorel\" }",
                        "{ \"screen\": \"people\", \"view\": \"accused\", \"person\": null, \"note\": null }"));
    }

    private static Edit bothReject(String what, String file, String from, String to) {
        return new Edit(what, file, from, to, Verdict.BOTH_REJECT);
    }

    private static Edit onlyValidateRejects(String what, String file, String from, String to) {
        return new Edit(what, file, from, to, Verdict.ONLY_VALIDATE_REJECTS);
    }

    private static Edit bothAccept(String what, String file, String from, String to) {
        return new Edit(what, file, from, to, Verdict.BOTH_ACCEPT);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("edits")
    void validateAndTheSchemaAgreeWhereASchemaCanSayIt(Edit edit) {
        TestContent content = TestContent.writeTo(temp).withTour().replace(edit.file(), edit.from(), edit.to());

        List<Problem> problems = content.load().problems();
        List<String> schemaErrors = SchemaCheck.errors(temp.resolve(edit.file()));
        if (edit.verdict().validateRejects) {
            assertThat(problems).as("what --validate reports").extracting(Problem::file).contains(edit.file());
        } else {
            assertThat(problems).as("what --validate reports").isEmpty();
        }
        assertThat(schemaErrors.isEmpty())
                .as("the schema's errors %s (--validate: %s); a case a schema now can say moves to BOTH_REJECT",
                        schemaErrors, problems)
                .isEqualTo(!edit.verdict().schemaRejects);
    }
}
