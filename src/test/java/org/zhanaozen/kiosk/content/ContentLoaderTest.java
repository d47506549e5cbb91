package org.zhanaozen.kiosk.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.zhanaozen.kiosk.content.ContentLoader.DEMANDS;
import static org.zhanaozen.kiosk.content.ContentLoader.EVENTS;
import static org.zhanaozen.kiosk.content.ContentLoader.EXHIBIT;
import static org.zhanaozen.kiosk.content.ContentLoader.PEOPLE;
import static org.zhanaozen.kiosk.content.ContentLoader.PLACES;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ContentLoaderTest {

    private static final byte[] PNG_START = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    private static final byte[] JPEG_START = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0};

    @TempDir
    Path temp;
    private Path folder;
    private TestContent content;

    @BeforeEach
    void writeValidContent() {
        folder = temp.resolve("content");
        content = TestContent.writeTo(folder);
    }

    // --- valid content

    @Test
    void minimalValidFolderLoadsWithCountsAndCrossReferences() {
        LoadResult result = content.load();

        assertThat(result.problems()).isEmpty();
        assertThat(result.isValid()).isTrue();
        Exhibit exhibit = result.valid().orElseThrow();
        assertThat(exhibit.folder()).isEqualTo(folder.toAbsolutePath().normalize());
        assertThat(exhibit.events()).hasSize(8);
        assertThat(exhibit.places()).hasSize(3);
        assertThat(exhibit.people()).hasSize(3);
        assertThat(exhibit.victims()).extracting(Person::id).containsExactly("ivan-sorel", "mira-dobre");
        assertThat(exhibit.accused()).extracting(Person::id).containsExactly("ivan-sorel");
        assertThat(exhibit.phases()).extracting(Phase::id, Phase::index)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("strike", 0), org.assertj.core.groups.Tuple.tuple("trials", 1));
        assertThat(exhibit.demands().lists()).extracting(DemandList::id).containsExactly("harbourtown", "nationwide");
        assertThat(exhibit.demands().lists().get(1).demands()).extracting(Demand::number).containsExactly(3);
        assertThat(exhibit.accusations().pairs()).hasSize(1);
        assertThat(exhibit.info().keyFigures()).extracting(KeyFigure::value).containsExactly("2 400", "9");
        assertThat(exhibit.info().pressFreedom().ranks().get(0).rank()).isEqualTo(121);
        assertThat(exhibit.info().closing().link()).isEmpty();

        assertThat(exhibit.eventsAt("harbourtown")).extracting(Event::id)
                .containsExactly("1991-05-11-strike-begins", "1991-12-16-shooting");
        assertThat(exhibit.eventsAbout("ivan-sorel")).extracting(Event::id)
                .containsExactly("1992-trial", "1991-12-16-shooting");
        assertThat(exhibit.place("portside").orElseThrow().precision()).isEqualTo(PlacePrecision.APPROXIMATE);
        assertThat(exhibit.person("anton-vell").orElseThrow().role()).isNull();
        assertThat(exhibit.event("1991-05-11-strike-begins").orElseThrow().corrections())
                .containsExactly(new Correction("text", "Employes", "Employees", "Spelling."));
        assertThat(exhibit.events()).filteredOn(Event::neverGrouped).extracting(Event::id)
                .containsExactly("1991-12-16-crackdown", "1991-12-17-emergency");
    }

    @Test
    void neverGroupedThatIsNotTrueOrFalse() {
        content.replace(EVENTS, "\"neverGrouped\": true,", "\"neverGrouped\": \"yes\",");

        Problem problem = single(content.load());
        assertThat(problem.file()).isEqualTo(EVENTS);
        assertThat(problem.line()).isEqualTo(content.lineOf(EVENTS, "\"neverGrouped\": \"yes\""));
        assertThat(problem.column()).isPositive();
        assertThat(problem.message()).isEqualTo("\"neverGrouped\" must be true or false, not text (\"yes\")");
    }

    @Test
    void eventsKeepTheContentsStoryOrderNotDateOrder() {
        // The source tells its story in its own order (a year-only "1993" entry before "January 1993").
        Exhibit exhibit = content.load().valid().orElseThrow();

        assertThat(exhibit.events()).extracting(Event::id)
                .containsExactly("1992-trial", "1991-05-11-strike-begins", "1991-12-16-shooting", "1991-12-16-crackdown",
                        "1991-12-17-emergency", "1992-09-03-hearing", "1992-09-10-witnesses", "1992-09-17-adjourned");
        assertThat(exhibit.events().get(0).date().start()).isEqualTo(LocalDate.of(1992, 8, 1));
    }

    // --- folders and files

    @Test
    void missingFolder() {
        LoadResult result = ContentLoader.load(temp.resolve("nowhere"));

        assertThat(single(result).format()).endsWith("nowhere: the content folder does not exist");
    }

    @Test
    void folderThatIsAFile() throws IOException {
        Path file = Files.writeString(temp.resolve("file.txt"), "x");

        assertThat(single(ContentLoader.load(file)).message()).isEqualTo("is not a folder");
    }

    @Test
    void missingRequiredFileIsTheOnlyProblem() throws IOException {
        Files.delete(folder.resolve(EVENTS));

        Problem problem = single(content.load());
        assertThat(problem.file()).isEqualTo(EVENTS);
        assertThat(problem.line()).isZero();
        assertThat(problem.format()).isEqualTo("events.json: the file is missing");
    }

    @Test
    void withoutAnOptionalFileTheEventsThatReferToItsRecordsAreNamed() throws IOException {
        Files.delete(folder.resolve(PLACES));

        assertThat(content.load().problems()).extracting(Problem::file, Problem::message).contains(
                tuple(EVENTS, "unknown place \"harbourtown\" (not in places.json)"));
    }

    @Test
    void fileThatIsNotUtf8() {
        content.replace(PLACES, "\"Portside\"", "\"Akt\u00e9u\"");
        int line = content.lineOf(PLACES, "Akt\u00e9u");
        int column = content.columnOf(PLACES, "\u00e9u");
        content.write(PLACES, content.read(PLACES).getBytes(StandardCharsets.ISO_8859_1));

        Problem problem = single(content.load());
        assertThat(problem.file()).isEqualTo(PLACES);
        assertThat(problem.line()).isEqualTo(line);
        assertThat(problem.column()).isEqualTo(column);
        assertThat(problem.message()).contains("not valid UTF-8").contains("0xE9");
    }

    @Test
    void byteOrderMarkIsAccepted() {
        content.write(PLACES, "\uFEFF" + TestContent.PLACES);

        assertThat(content.load().problems()).isEmpty();
    }

    @Test
    void malformedJsonIsReportedWithoutJavaNames() {
        content.replace(EVENTS, "\"name\": \"Trials\" }", "\"name\": \"Trials\" },");

        Problem problem = single(content.load());
        assertThat(problem.file()).isEqualTo(EVENTS);
        assertThat(problem.line()).isEqualTo(content.lineOf(EVENTS, "\"Trials\"") + 1);
        assertThat(problem.column()).isEqualTo(3);
        assertThat(problem.message()).startsWith("malformed JSON: ")
                .doesNotContain("com.fasterxml", "Source", "code", "\n", "Exception");
    }

    @Test
    void unclosedObjectSaysWhereItOpened() {
        content.write(DEMANDS, "{\n  \"splitNote\": \"x\"\n");

        Problem problem = single(content.load());
        assertThat(problem.message()).contains("opened at line 1, column 1").doesNotContain("Source", "REDACTED");
    }

    @Test
    void commentsAreNotJson() {
        content.replace(PLACES, "{ \"places\": [", "// where things happened\n{ \"places\": [");

        Problem problem = single(content.load());
        assertThat(problem.line()).isEqualTo(1);
        assertThat(problem.message()).isEqualTo("malformed JSON: comments are not allowed in JSON");
    }

    @Test
    void emptyFile() {
        content.write(DEMANDS, "");

        assertThat(single(content.load()).format()).isEqualTo("demands.json: the file is empty");
    }

    @Test
    void topLevelMustBeAnObject() {
        content.write(DEMANDS, "[]");

        assertThat(single(content.load()).message()).isEqualTo("the file must be an object { … }, not a list");
    }

    @Test
    void duplicateField() {
        content.replace(PLACES, "\"name\": \"Portside\",", "\"name\": \"Portside\", \"name\": \"Aqtau\",");

        Problem problem = single(content.load());
        assertThat(problem.line()).isEqualTo(content.lineOf(PLACES, "Aqtau"));
        assertThat(problem.message()).startsWith("duplicate field \"name\"");
    }

    // --- fields

    @Test
    void missingRequiredFieldIsReportedAtItsObject() {
        content.replace(EVENTS, "\"dateText\": \"11 May 1991\",", "");

        Problem problem = single(content.load());
        assertThat(problem.file()).isEqualTo(EVENTS);
        assertThat(problem.line()).isEqualTo(content.lineOf(EVENTS, "\"id\": \"1991-05-11-strike-begins\"") - 1);
        assertThat(problem.jsonPath()).isEqualTo("$.events[1]");
        assertThat(problem.message()).isEqualTo("missing required field \"dateText\"");
    }

    @Test
    void nullRequiredField() {
        content.replace(EVENTS, "\"title\": \"Trial of Sorel\"", "\"title\": null");

        Problem problem = single(content.load());
        assertThat(problem.line()).isEqualTo(content.lineOf(EVENTS, "\"title\": null"));
        assertThat(problem.message()).isEqualTo("\"title\" is required but is null");
    }

    @Test
    void fieldOfTheWrongType() {
        content.replace(PLACES, "\"lat\": 43.34", "\"lat\": \"north\"");

        Problem problem = single(content.load());
        assertThat(problem.file()).isEqualTo(PLACES);
        assertThat(problem.line()).isEqualTo(content.lineOf(PLACES, "north"));
        assertThat(problem.column()).isEqualTo(content.columnOf(PLACES, "\"north\""));
        assertThat(problem.message()).isEqualTo("\"lat\" must be a number, not text (\"north\")");
    }

    @Test
    void wholeNumberExpected() {
        content.replace(DEMANDS, "\"number\": 2", "\"number\": 2.5");

        assertThat(single(content.load()).message()).isEqualTo("\"number\" must be a whole number, not a number (2.5)");
    }

    @Test
    void unknownFieldIsLikelyATypo() {
        content.replace(EVENTS, "\"title\": \"Trial of Sorel\"", "\"titel\": \"Trial of Sorel\"");

        LoadResult result = content.load();
        assertThat(result.valid()).isEmpty();
        assertThat(result.problems()).extracting(Problem::message).containsExactly(
                "missing required field \"title\"",
                "unknown field \"titel\" (expected one of: id, date, dateText, phase, title, text, places,"
                        + " involvedPlaces, people, corrections, neverGrouped, media)");
        assertThat(result.problems().get(1).line()).isEqualTo(content.lineOf(EVENTS, "titel"));
    }

    @Test
    void everyFileMayNameItsJsonSchemaAtItsTopOnly() {
        content.withTour();
        TestContent.FILES.forEach(file -> content.write(file, "{ \"$schema\": \"" + ContentSchemas.reference(file)
                + "\"," + content.read(file).substring(1)));
        assertThat(content.load().problems()).isEmpty();

        content.replace(EVENTS, "\"$schema\": \"./schemas/events.schema.json\"", "\"$schema\": 2")
                .replace(PLACES, "\"name\": \"Portside\",", "\"name\": \"Portside\", \"$schema\": \"x\",");
        assertThat(content.load().problems()).extracting(Problem::file, Problem::message).containsExactly(
                tuple(EVENTS, "\"$schema\" must be text, not a number (2)"),
                tuple(PLACES, "unknown field \"$schema\" (expected one of: id, name, lat, lon, precision, kind,"
                        + " locationNote)"));
    }

    @Test
    void blankRequiredText() {
        content.replace(PEOPLE, "\"name\": \"Mira Dobre\"", "\"name\": \"  \"");

        Problem problem = single(content.load());
        assertThat(problem.line()).isEqualTo(content.lineOf(PEOPLE, "\"name\": \"  \""));
        assertThat(problem.message()).isEqualTo("\"name\" must not be blank");
    }

    @Test
    void emptyListWhereEntriesAreRequired() {
        content.replace(DEMANDS, "{ \"number\": 3, \"text\": \"To free political prisoners.\" }", "");

        assertThat(single(content.load()).message()).isEqualTo("\"demands\" must not be an empty list");
    }

    @Test
    void wrongTypeInAList() {
        content.replace(EXHIBIT, "\"In 1991, this town became a symbol of hope.\"", "7");

        assertThat(single(content.load()).message()).isEqualTo("\"introduction\" entry 1 must be text, not a number (7)");
    }

    // --- dates

    @Test
    void impossibleDate() {
        content.replace(EVENTS, "\"date\": \"1991-05-11\"", "\"date\": \"1993-02-30\"");

        Problem problem = single(content.load());
        assertThat(problem.line()).isEqualTo(content.lineOf(EVENTS, "1993-02-30"));
        assertThat(problem.message()).startsWith("\"date\": \"1993-02-30\" is not a real date");
    }

    @Test
    void malformedDate() {
        content.replace(EVENTS, "\"date\": \"1991-12\"", "\"date\": \"1993-13\"");

        assertThat(single(content.load()).message()).contains("\"1993-13\" is not a real date");
        content.replace(EVENTS, "\"date\": \"1993-13\"", "\"date\": \"11 May 1991\"");
        assertThat(single(content.load()).message()).contains("use YYYY-MM-DD, YYYY-MM, YYYY-MM/YYYY-MM or YYYY");
    }

    // --- references and ids

    @Test
    void unknownPhase() {
        content.replace(EVENTS, "\"phase\": \"trials\"", "\"phase\": \"trial\"");

        Problem problem = single(content.load());
        assertThat(problem.line()).isEqualTo(content.lineOf(EVENTS, "\"trial\""));
        assertThat(problem.message()).isEqualTo("unknown phase \"trial\" (not in the phases above)");
    }

    @Test
    void theMapOpensOnTheHomeTheContentNamesElseOnTheFirstPlace() {
        Exhibit byDefault = content.load().valid().orElseThrow();
        assertThat(byDefault.home()).isEqualTo(byDefault.places().get(0));
        assertThat(byDefault.openings().reachLines()).isEmpty();

        content.replace(PLACES, "{ \"places\": [", "{ \"home\": \"portside\", \"places\": [");
        assertThat(content.load().valid().orElseThrow().home().id()).isEqualTo("portside");

        content.replace(PLACES, "\"home\": \"portside\"", "\"home\": \"atlantis\"");
        Problem problem = single(content.load());
        assertThat(problem.file()).isEqualTo(PLACES);
        assertThat(problem.line()).isEqualTo(content.lineOf(PLACES, "atlantis"));
        assertThat(problem.message()).isEqualTo("unknown place \"atlantis\" (not in the places below)");
    }

    @Test
    void reachLinesNameAPlaceAndAPhaseThatExist() {
        content.replace(EVENTS, "\"events\": [", "\"reachLines\": { \"from\": \"upland-fields\", \"phase\": \"trials\" },\n"
                + "  \"events\": [");
        assertThat(content.load().valid().orElseThrow().openings().reachLines())
                .contains(new Openings.ReachLines("upland-fields", "trials"));

        content.replace(EVENTS, "\"phase\": \"trials\" },", "\"phase\": \"appeals\" },");
        content.replace(EVENTS, "\"from\": \"upland-fields\"", "\"from\": \"atlantis\"");
        assertThat(content.load().problems()).extracting(Problem::message).containsExactly(
                "unknown place \"atlantis\" (not in places.json)",
                "unknown phase \"appeals\" (not in the phases above)");
    }

    @Test
    void aPlaceAnEventInvolvesIsListedApartFromWhereItHappened() {
        content.replace(EVENTS, "\"places\": [\"portside\"],", "\"places\": [\"portside\"], \"involvedPlaces\": [\"upland-fields\"],");
        Exhibit exhibit = content.load().valid().orElseThrow();
        assertThat(exhibit.eventsInvolving("upland-fields")).extracting(Event::id).containsExactly("1992-trial");
        assertThat(exhibit.eventsAt("upland-fields")).isEmpty();

        content.replace(EVENTS, "\"involvedPlaces\": [\"upland-fields\"]", "\"involvedPlaces\": [\"portside\"]");
        Problem problem = single(content.load());
        assertThat(problem.message()).isEqualTo("place \"portside\" is in both \"places\" (where it happened) and"
                + " \"involvedPlaces\": it is one or the other");
    }

    @Test
    void theOpeningViewIsTwoMonthsInOrder() {
        content.replace(EVENTS, "\"openingView\": { \"from\": \"1991-05\", \"to\": \"1991-12\" }",
                "\"openingView\": { \"from\": \"1991-05\", \"to\": \"1991-04\" }");
        assertThat(single(content.load()).message()).isEqualTo("\"to\" (1991-04) is before \"from\" (1991-05)");

        content.replace(EVENTS, "\"to\": \"1991-04\"", "\"to\": \"Dezember\"");
        Problem problem = single(content.load());
        assertThat(problem.line()).isEqualTo(content.lineOf(EVENTS, "Dezember"));
        assertThat(problem.message()).contains("must be a month as YYYY-MM, not \"Dezember\"");
    }

    @Test
    void aDateCorrectionQuotesTheDateAsTheContentKeepsIt() {
        content.replace(EVENTS, "\"dateText\": \"17 December 1991\",", "\"dateText\": \"17 December 1991\", \"corrections\": ["
                + " { \"field\": \"dateText\", \"source\": \"17 Dec\", \"corrected\": \"17 December 1991\", \"reason\": \"r\" } ],");
        assertThat(single(content.load()).message()).isEqualTo("the correction of \"dateText\" quotes \"17 Dec\", but"
                + " \"dateText\" is \"17 December 1991\": it keeps the date as the source writes it, the correction what"
                + " it should say");
    }

    @Test
    void unknownPlace() {
        content.replace(EVENTS, "[\"portside\"]", "[\"aqtau\"]");

        Problem problem = single(content.load());
        assertThat(problem.file()).isEqualTo(EVENTS);
        assertThat(problem.line()).isEqualTo(content.lineOf(EVENTS, "aqtau"));
        assertThat(problem.message()).isEqualTo("unknown place \"aqtau\" (not in places.json)");
    }

    @Test
    void unknownPerson() {
        content.replace(EVENTS, "\"mira-dobre\"]", "\"roza\"]");

        Problem problem = single(content.load());
        assertThat(problem.line()).isEqualTo(content.lineOf(EVENTS, "\"roza\""));
        assertThat(problem.message()).isEqualTo("unknown person \"roza\" (not in people.json)");
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        "events.json  | \"id\": \"1991-12-16-shooting\" | \"id\":  \"1992-trial\"",
        "events.json  | { \"id\": \"trials\"           | { \"id\":  \"strike\"",
        "places.json  | \"id\": \"portside\"               | \"id\":  \"harbourtown\"",
        "people.json  | \"id\": \"mira-dobre\"      | \"id\":  \"ivan-sorel\"",
        "demands.json | \"id\": \"nationwide\"          | \"id\":  \"harbourtown\"",
        "exhibit.json | \"id\": \"killed\"              | \"id\":  \"strikers\"",
        "exhibit.json | \"id\": \"spring-1968\", \"heading\": \"Spring 1968\", \"text\": \"Police in Harbourtown.\" }"
                + " | \"id\": \"spring-1968\", \"heading\": \"Spring 1968\", \"text\": \"Police in Harbourtown.\" },"
                + " { \"id\":  \"spring-1968\", \"heading\": \"Again\", \"text\": \"Again.\" }",
    })
    void duplicateIds(String file, String from, String to) {
        content.replace(file, from, to);
        String duplicate = to.substring(to.lastIndexOf("\"id\":  \""));

        LoadResult result = content.load();
        assertThat(result.valid()).isEmpty();
        assertThat(result.problems()).filteredOn(p -> p.message().startsWith("duplicate id")).singleElement()
                .satisfies(problem -> {
                    assertThat(problem.file()).isEqualTo(file);
                    assertThat(problem.line()).isEqualTo(content.lineOf(file, duplicate));
                    assertThat(problem.message()).contains("(first used at line");
                });
    }

    @Test
    void demandNumbersMustNotLeaveAGap() {
        content.replace(DEMANDS, "\"number\": 3", "\"number\": 4");

        Problem problem = single(content.load());
        assertThat(problem.line()).isEqualTo(content.lineOf(DEMANDS, "\"number\": 4"));
        assertThat(problem.message()).isEqualTo("demand number 4 leaves a gap: expected 3");
    }

    @Test
    void demandNumbersMustNotRepeatAcrossLists() {
        content.replace(DEMANDS, "\"number\": 3", "\"number\": 2");

        Problem problem = single(content.load());
        assertThat(problem.line()).isEqualTo(content.lineOf(DEMANDS, "free political prisoners"));
        assertThat(problem.message()).isEqualTo("demand number 2 repeats or goes back: expected 3");
    }

    // --- places

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "\"lat\": 43.34         | \"lat\": 90.5    | \"lat\" must be from -90 to 90, not 90.5",
        "\"lon\": 52.86         | \"lon\": -181    | \"lon\" must be from -180 to 180, not -181",
        "\"precision\": \"exact\" | \"precision\": \"exakt\" | \"precision\" must be one of exact, approximate, not \"exakt\"",
        "\"kind\": \"town\"     | \"kind\": \"village\" | \"kind\" must be one of town, city, oil-site, country, region, not \"village\"",
        "{ \"places\": [        | { \"openingZoom\": 19, \"places\": [ | \"openingZoom\" must be from 0 to 18, not 19",
        "{ \"places\": [        | { \"openingZoom\": -1, \"places\": [ | \"openingZoom\" must be from 0 to 18, not -1",
    })
    void placeValuesOutOfRange(String from, String to, String message) {
        content.replace(PLACES, from, to);

        Problem problem = single(content.load());
        assertThat(problem.line()).isEqualTo(content.lineOf(PLACES, to));
        assertThat(problem.message()).isEqualTo(message);
    }

    // --- people

    @Test
    void unknownGroup() {
        content.replace(PEOPLE, "[\"victim\"]", "[\"victim\", \"witness\"]");

        Problem problem = single(content.load());
        assertThat(problem.line()).isEqualTo(content.lineOf(PEOPLE, "witness"));
        assertThat(problem.message()).isEqualTo("\"groups\" entry 2 must be one of victim, accused, not \"witness\"");
    }

    @Test
    void victimNeedsRoleStoryAndOutcome() {
        content.replace(PEOPLE, "\"story\": \"Spoke to foreign journalists.\",", "")
                .replace(PEOPLE, "\"outcome\": \"Sentenced to 7 years.\"", "\"outcome\": \"\"");

        Problem problem = single(content.load());
        assertThat(problem.line()).isEqualTo(content.lineOf(PEOPLE, "\"id\": \"mira-dobre\"") - 1);
        assertThat(problem.message()).isEqualTo("victim \"mira-dobre\" needs story, outcome (shown on the victim's card)");
    }

    @Test
    void portraitIsStoredAsAnAbsoluteNormalisedPath() {
        content.write("images/kozlov.png", PNG_START);
        content.write("images/tuletaeva.jpg", JPEG_START);
        content.replace(PEOPLE, "\"portrait\": null", "\"portrait\": \"images/kozlov.png\"")
                .replace(PEOPLE, "\"outcome\": \"Sentenced to 7 years.\"",
                        "\"outcome\": \"Sentenced to 7 years.\", \"portrait\": \"./images/../images/tuletaeva.jpg\"");

        Exhibit exhibit = content.load().valid().orElseThrow();
        Path images = folder.toAbsolutePath().normalize().resolve("images");
        assertThat(exhibit.person("ivan-sorel").orElseThrow().portraitFile()).contains(images.resolve("kozlov.png"));
        assertThat(exhibit.person("mira-dobre").orElseThrow().portrait()).isEqualTo(images.resolve("tuletaeva.jpg"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "/etc/passwd              | must be a path inside the content folder",
        "C:/images/kozlov.png     | must be a path inside the content folder",
        "../outside.png           | leads outside the content folder",
        "images/../../outside.png | leads outside the content folder",
        "images\\kozlov.png       | use / between folder names",
        "images/nobody.png        | does not exist",
        "images                   | is not a file",
        "images/notes.png         | is not an image",
        "images/link.png          | is a link that leads outside the content folder",
    })
    void badPortrait(String portrait, String message) throws IOException {
        content.write("images/notes.png", "just text");
        Files.write(temp.resolve("outside.png"), PNG_START);
        Files.createSymbolicLink(folder.resolve("images/link.png"), temp.resolve("outside.png"));
        content.replace(PEOPLE, "\"portrait\": null", "\"portrait\": \"" + portrait.replace("\\", "\\\\") + "\"");

        Problem problem = single(content.load());
        assertThat(problem.file()).isEqualTo(PEOPLE);
        assertThat(problem.line()).isEqualTo(content.lineOf(PEOPLE, "\"portrait\""));
        assertThat(problem.message()).startsWith("\"portrait\": \"" + portrait + "\"").contains(message);
    }

    // --- closing

    @Test
    void closingUrlWhenGivenIsShownAsLink() {
        content.replace(EXHIBIT, "\"url\": null", "\"url\": \"https://example.org/zhanaozen\"");

        Exhibit exhibit = content.load().valid().orElseThrow();
        assertThat(exhibit.info().closing().link()).contains("https://example.org/zhanaozen");
    }

    @ParameterizedTest
    @CsvSource({"example.org/zhanaozen", "ftp://example.org/zhanaozen", "https://", "http://exa mple.org"})
    void closingUrlMustBeAnAbsoluteWebAddress(String url) {
        content.replace(EXHIBIT, "\"url\": null", "\"url\": \"" + url + "\"");

        Problem problem = single(content.load());
        assertThat(problem.line()).isEqualTo(content.lineOf(EXHIBIT, "\"url\""));
        assertThat(problem.message()).contains("must be an absolute http(s) address");
    }

    // --- all at once

    @Test
    void everyProblemInEveryFileIsCollectedInFileOrder() {
        content.replace(DEMANDS, "\"number\": 3", "\"number\": 4")
                .replace(PLACES, "\"lat\": 43.34", "\"lat\": \"north\"")
                .replace(PLACES, "\"lon\": 51.17", "\"lon\": 251.17")
                .replace(EXHIBIT, "\"title\": \"Harbourtown\",", "")
                .write(EVENTS, "{ \"phases\": [ }");

        LoadResult result = content.load();
        assertThat(result.valid()).isEmpty();
        assertThat(result.exhibit()).isNull();
        assertThat(result.problems()).extracting(Problem::file)
                .containsExactly(EXHIBIT, EVENTS, PLACES, PLACES, DEMANDS);
    }

    // --- Problem

    @Test
    void problemFormats() {
        assertThat(new Problem("events.json", 12, 5, "$.events[1].date", "bad").format()).isEqualTo("events.json:12:5: bad");
        assertThat(new Problem("events.json", 0, 0, "$.events[1].date", "bad").format())
                .isEqualTo("events.json: at $.events[1].date: bad");
        assertThat(Problem.about("events.json", "the file is missing").format()).isEqualTo("events.json: the file is missing");
    }

    /** The one problem, with no exhibit. */
    private static Problem single(LoadResult result) {
        assertThat(result.isValid()).isFalse();
        assertThat(result.valid()).isEmpty();
        assertThat(result.problems()).hasSize(1);
        return result.problems().get(0);
    }
}
