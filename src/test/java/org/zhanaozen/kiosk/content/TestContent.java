package org.zhanaozen.kiosk.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * A minimal valid content folder, written one field per line so that a test can break exactly one thing
 * (with {@link #replace}) and find the line it broke (with {@link #lineOf}).
 */
public final class TestContent {

    static final String EXHIBIT = """
            {
              "title": "Harbourtown",
              "nameMeaning": "Harbourtown means a town by the water.",
              "introduction": [
                "In 1991, this town became a symbol of hope."
              ],
              "keyFigures": [
                { "id": "strikers", "value": "2 400", "label": "dockers on strike in 1991" },
                { "id": "killed", "value": "9", "label": "killed" }
              ],
              "pressFreedom": {
                "ranks": [
                  { "id": "rsf", "rank": 121, "of": 160, "text": "Place of the country in media freedom." }
                ],
                "text": "The regime represses the press."
              },
              "contextNotes": [
                { "id": "spring-1968", "heading": "Spring 1968", "text": "Police in Harbourtown." }
              ],
              "victimsIntro": "The victims are not anonymous.",
              "victimsClosing": "Members of the opposition are labelled.",
              "closing": {
                "call": "WHO SPEAKS FOR THE HARBOUR?",
                "findOutMore": "Find out more.",
                "url": null
              },
              "corrections": []
            }
            """;

    static final String EVENTS = """
            {
              "phases": [
                { "id": "strike", "name": "Strike" },
                { "id": "trials", "name": "Trials" }
              ],
              "phaseNote": "Why each event sits in its phase.",
              "openingView": { "from": "1991-05", "to": "1991-12" },
              "events": [
                {
                  "id": "1992-trial",
                  "date": "1992-08/1992-10",
                  "dateText": "August to October 1992",
                  "phase": "trials",
                  "title": "Trial of Sorel",
                  "text": "Sorel is tried in Portside.",
                  "places": ["portside"],
                  "people": ["ivan-sorel"]
                },
                {
                  "id": "1991-05-11-strike-begins",
                  "date": "1991-05-11",
                  "dateText": "11 May 1991",
                  "phase": "strike",
                  "title": "Oil workers go on strike",
                  "text": "Employees go on strike.",
                  "places": ["harbourtown"],
                  "people": [],
                  "corrections": [
                    { "field": "text", "source": "Employes", "corrected": "Employees", "reason": "Spelling." }
                  ]
                },
                {
                  "id": "1991-12-16-shooting",
                  "date": "1991-12",
                  "dateText": "December 1991",
                  "phase": "strike",
                  "title": "Police fire on strikers",
                  "text": "Police shoot at the strikers.",
                  "places": ["harbourtown"],
                  "people": ["ivan-sorel", "mira-dobre"]
                },
                {
                  "id": "1991-12-16-crackdown",
                  "date": "1991-12-16",
                  "dateText": "16 December 1991",
                  "phase": "strike",
                  "title": "Police crack down on the strike",
                  "text": "The strike is crushed.",
                  "places": [],
                  "people": [],
                  "neverGrouped": true
                },
                {
                  "id": "1991-12-17-emergency",
                  "date": "1991-12-17",
                  "dateText": "17 December 1991",
                  "phase": "strike",
                  "title": "State of emergency declared",
                  "neverGrouped": true,
                  "text": "A state of emergency is declared.",
                  "places": [],
                  "people": []
                },
                {
                  "id": "1992-09-03-hearing",
                  "date": "1992-09-03",
                  "dateText": "3 September 1992",
                  "phase": "strike",
                  "title": "Strikers hold a rally",
                  "text": "The protest goes on.",
                  "places": [],
                  "people": []
                },
                {
                  "id": "1992-09-10-witnesses",
                  "date": "1992-09-10",
                  "dateText": "10 September 1992",
                  "phase": "strike",
                  "title": "Families ask for news",
                  "text": "The protest goes on.",
                  "places": [],
                  "people": []
                },
                {
                  "id": "1992-09-17-adjourned",
                  "date": "1992-09-17",
                  "dateText": "17 September 1992",
                  "phase": "strike",
                  "title": "Workers march in Portside",
                  "text": "The protest goes on.",
                  "places": [],
                  "people": []
                }
              ]
            }
            """;

    static final String PLACES = """
            { "places": [
              {
                "id": "harbourtown",
                "name": "Harbourtown",
                "lat": 43.34,
                "lon": 52.86,
                "precision": "exact",
                "kind": "town"
              },
              {
                "id": "portside",
                "name": "Portside",
                "lat": 43.65,
                "lon": 51.17,
                "precision": "approximate",
                "kind": "city"
              },
              {
                "id": "upland-fields",
                "name": "The oil and gas fields of the far upland plain",
                "lat": 48.9,
                "lon": 56.9,
                "precision": "approximate",
                "kind": "region"
              }
            ] }
            """;

    static final String PEOPLE = """
            {
              "people": [
                {
                  "id": "ivan-sorel",
                  "name": "Ivan Sorel",
                  "shortName": "Sorel",
                  "groups": ["victim", "accused"],
                  "role": "Harbour union leader.",
                  "story": "Supplied basic help to striking oil workers.",
                  "outcome": "In 1992, sentenced to 6,5 years in prison.",
                  "portrait": null,
                  "portraitCredit": null
                },
                {
                  "id": "mira-dobre",
                  "name": "Mira Dobre",
                  "shortName": "Dobre",
                  "groups": ["victim"],
                  "role": "Strike leader.",
                  "story": "Spoke to foreign journalists.",
                  "outcome": "Sentenced to 7 years."
                },
                {
                  "id": "anton-vell",
                  "name": "Anton Vell",
                  "shortName": "Vell",
                  "groups": []
                }
              ],
              "accusations": {
                "heading": "Organised criminal group",
                "pairs": [
                  { "accusedOf": "creating a criminal group", "reality": "called for workers' rights" }
                ]
              }
            }
            """;

    static final String DEMANDS = """
            {
              "splitNote": "Why the demands are divided.",
              "lists": [
                {
                  "id": "harbourtown",
                  "title": "The demands in Harbourtown",
                  "demands": [
                    { "number": 1, "text": "To revise the collective agreement." },
                    { "number": 2, "text": "To raise wages." }
                  ]
                },
                {
                  "id": "nationwide",
                  "title": "The demands nationwide",
                  "demands": [
                    { "number": 3, "text": "To free political prisoners." }
                  ]
                }
              ]
            }
            """;

    /**
     * A guided tour of this content ({@link #withTour}): timeline steps one after another and after other screens,
     * so that every way into a step that names an event is walked.
     */
    static final String TOUR = """
            {
              "title": "The story in order",
              "steps": [
                { "screen": "home", "note": "Welcome." },
                { "screen": "timeline", "event": "1991-05-11-strike-begins", "note": "The strike begins." },
                { "screen": "timeline", "event": "1991-12-16-shooting" },
                { "screen": "timeline", "event": "1992-trial" },
                { "screen": "people", "person": "ivan-sorel" },
                { "screen": "timeline", "event": "1991-12-16-shooting" },
                { "screen": "demands" },
                { "screen": "timeline", "event": "1991-05-11-strike-begins" }
              ]
            }
            """;

    static final List<String> FILES = ContentLoader.FILES;

    final Path folder;

    private TestContent(Path folder) {
        this.folder = folder;
    }

    /** Writes the five valid files into {@code folder}. */
    public static TestContent writeTo(Path folder) {
        TestContent content = new TestContent(folder);
        content.write(ContentLoader.EXHIBIT, EXHIBIT);
        content.write(ContentLoader.EVENTS, EVENTS);
        content.write(ContentLoader.PLACES, PLACES);
        content.write(ContentLoader.PEOPLE, PEOPLE);
        content.write(ContentLoader.DEMANDS, DEMANDS);
        return content;
    }

    /**
     * Replaces places.json (events refer to "harbourtown" and "portside": keep those two). The fixture's third place has
     * no events and a name long enough to take two lines in the map's place panel.
     */
    public TestContent withPlaces(String placesJson) {
        write(ContentLoader.PLACES, placesJson);
        return this;
    }

    /** The fixture, loaded, for tests of a screen that need content but no files of their own. */
    public static Exhibit exhibit() {
        return exhibit(UnaryOperator.identity());
    }

    /** The fixture with {@code edit} applied (for example {@link #withTour}), loaded; it must stay valid. */
    public static Exhibit exhibit(UnaryOperator<TestContent> edit) {
        try {
            LoadResult result = edit.apply(writeTo(Files.createTempDirectory("fixture-content"))).load();
            return result.valid().orElseThrow(() -> new AssertionError("The fixture must stay valid: "
                    + result.problems().stream().map(Problem::format).toList()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Replaces people.json (events name "ivan-sorel" and "mira-dobre": keep those two). */
    public TestContent withPeople(String peopleJson) {
        write(ContentLoader.PEOPLE, peopleJson);
        return this;
    }

    /** Adds tour.json with {@link #TOUR}. */
    public TestContent withTour() {
        return withTour(TOUR);
    }

    /** Adds this tour.json. */
    public TestContent withTour(String tourJson) {
        write(ContentLoader.TOUR, tourJson);
        return this;
    }

    void write(String file, String text) {
        write(file, text.getBytes(StandardCharsets.UTF_8));
    }

    void write(String file, byte[] bytes) {
        try {
            Path path = folder.resolve(file);
            Files.createDirectories(path.getParent());
            Files.write(path, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String read(String file) {
        try {
            return Files.readString(folder.resolve(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Replaces the one occurrence of {@code from} in {@code file}; fails if there is not exactly one. */
    public TestContent replace(String file, String from, String to) {
        String text = read(file);
        int at = text.indexOf(from);
        assertThat(at).as("\"%s\" in %s", from, file).isNotNegative();
        assertThat(text.indexOf(from, at + 1)).as("a second \"%s\" in %s", from, file).isNegative();
        write(file, text.substring(0, at) + to + text.substring(at + from.length()));
        return this;
    }

    /** The 1-based line of the one occurrence of {@code snippet} in {@code file}. */
    public int lineOf(String file, String snippet) {
        String text = read(file);
        int at = text.indexOf(snippet);
        assertThat(at).as("\"%s\" in %s", snippet, file).isNotNegative();
        assertThat(text.indexOf(snippet, at + 1)).as("a second \"%s\" in %s", snippet, file).isNegative();
        return (int) text.substring(0, at).chars().filter(c -> c == '\n').count() + 1;
    }

    /** The 1-based column of the one occurrence of {@code snippet} in its line. */
    int columnOf(String file, String snippet) {
        String text = read(file);
        int at = text.indexOf(snippet);
        return at - (text.lastIndexOf('\n', at - 1) + 1) + 1;
    }

    public LoadResult load() {
        return ContentLoader.load(folder);
    }
}
