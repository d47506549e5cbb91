package org.zhanaozen.kiosk.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** tour.json: optional, and every step names a real screen and real ids that fit it. */
class TourLoadingTest {

    private static final String TOUR = ContentLoader.TOUR;

    @TempDir
    Path folder;
    private TestContent content;

    @BeforeEach
    void writeContent() {
        content = TestContent.writeTo(folder);
    }

    private void writeTour(String steps) {
        content.write(TOUR, "{\n  \"title\": \"The story\",\n  \"steps\": [\n" + steps + "\n  ]\n}\n");
    }

    private Problem single(LoadResult result) {
        assertThat(result.valid()).isEmpty();
        assertThat(result.problems()).hasSize(1);
        Problem problem = result.problems().get(0);
        assertThat(problem.file()).isEqualTo(TOUR);
        return problem;
    }

    @Test
    void aStepOnAScreenTheContentHasNothingForIsNamed() throws IOException {
        Files.delete(folder.resolve(ContentLoader.DEMANDS));
        writeTour("""
                    { "screen": "timeline", "event": "1992-trial" },
                    { "screen": "demands" }""");

        Problem problem = single(content.load());

        assertThat(problem.line()).isEqualTo(content.lineOf(TOUR, "\"demands\""));
        assertThat(problem.message()).isEqualTo("this content has no \"demands\" screen: it shows only with something"
                + " to show (see data/README.md)");
    }

    @Test
    void contentWithoutATourIsValidAndHasNone() {
        assertThat(content.load().valid().orElseThrow().tour()).isEmpty();
    }

    @Test
    void aValidTourLoadsInOrderWithItsTargetsAndNotes() {
        writeTour("""
                    { "screen": "home", "note": "Welcome." },
                    { "screen": "map", "place": "harbourtown", "zoom": 7 },
                    { "screen": "timeline", "event": "1992-trial" },
                    { "screen": "people", "person": "ivan-sorel" },
                    { "screen": "people", "view": "accused" },
                    { "screen": "closing" }""");

        Tour tour = content.load().valid().orElseThrow().tour().orElseThrow();

        assertThat(tour.steps()).extracting(TourStep::screen)
                .containsExactly(ScreenId.HOME, ScreenId.MAP, ScreenId.TIMELINE, ScreenId.PEOPLE, ScreenId.PEOPLE,
                        ScreenId.CLOSING);
        assertThat(tour.steps().get(0).speakerNote()).contains("Welcome.");
        assertThat(tour.steps().get(1).place()).isEqualTo("harbourtown");
        assertThat(tour.steps().get(1).mapZoom()).contains(7.0);
        assertThat(tour.steps().get(2).event()).isEqualTo("1992-trial");
        assertThat(tour.steps().get(4).view()).isEqualTo("accused");
        assertThat(tour.steps().get(5).speakerNote()).isEmpty();
    }

    @Test
    void unknownScreen() {
        writeTour("    { \"screen\": \"gallery\" }");
        Problem problem = single(content.load());
        assertThat(problem.line()).isEqualTo(content.lineOf(TOUR, "gallery"));
        assertThat(problem.message()).contains("must be one of home, map, timeline").contains("\"gallery\"");
    }

    @Test
    void unknownEventPlaceAndPersonIds() {
        writeTour("""
                    { "screen": "timeline", "event": "2099-nothing" },
                    { "screen": "map", "place": "atlantis" },
                    { "screen": "people", "person": "nobody" }""");
        LoadResult result = content.load();
        assertThat(result.problems()).extracting(Problem::message).containsExactly(
                "unknown event \"2099-nothing\" (not in events.json)",
                "unknown place \"atlantis\" (not in places.json)",
                "unknown person \"nobody\" (not in people.json)");
        assertThat(result.problems()).extracting(Problem::line).containsExactly(
                content.lineOf(TOUR, "2099-nothing"), content.lineOf(TOUR, "atlantis"), content.lineOf(TOUR, "nobody"));
    }

    @Test
    void aTargetOnTheWrongScreen() {
        writeTour("    { \"screen\": \"demands\", \"event\": \"1992-trial\" }");
        assertThat(single(content.load()).message())
                .isEqualTo("\"event\" only fits a step on the timeline screen, not on \"demands\"");
    }

    @Test
    void unknownPeopleViewAndAZoomOutOfRange() {
        writeTour("""
                    { "screen": "people", "view": "gallery" },
                    { "screen": "map", "place": "harbourtown", "zoom": 40 }""");
        assertThat(content.load().problems()).extracting(Problem::message).satisfiesExactly(
                m -> assertThat(m).contains("must be one of victims, accused"),
                m -> assertThat(m).contains("must be from 0 to 20, not 40"));
    }

    @Test
    void aMisspelledFieldInAStep() {
        writeTour("    { \"screen\": \"timeline\", \"evnt\": \"1992-trial\" }");
        assertThat(single(content.load()).message()).contains("unknown field \"evnt\"");
    }
}
