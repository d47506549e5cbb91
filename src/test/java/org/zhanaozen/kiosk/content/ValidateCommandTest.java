package org.zhanaozen.kiosk.content;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class ValidateCommandTest {

    @TempDir
    Path temp;

    private final ByteArrayOutputStream output = new ByteArrayOutputStream();
    private final PrintStream out = new PrintStream(output, true, StandardCharsets.UTF_8);

    private String printed() {
        return output.toString(StandardCharsets.UTF_8);
    }

    @Test
    void validContentPrintsASummaryAndExitsWithZero() {
        TestContent.writeTo(temp);

        assertThat(ValidateCommand.run(temp, out)).isZero();
        assertThat(printed()).isEqualTo("Content in " + temp + " is valid: 3 events, 2 places, 3 people, 3 demands."
                + System.lineSeparator());
    }

    @Test
    void invalidContentPrintsEveryProblemThenACountAndExitsWithOne() {
        TestContent content = TestContent.writeTo(temp);
        content.replace(ContentLoader.PLACES, "\"lat\": 43.34", "\"lat\": \"north\"");
        content.replace(ContentLoader.EVENTS, "[\"aktau\"]", "[\"aqtau\"]");
        int latLine = content.lineOf(ContentLoader.PLACES, "north");
        int placeLine = content.lineOf(ContentLoader.EVENTS, "aqtau");
        int placeColumn = content.columnOf(ContentLoader.EVENTS, "\"aqtau\"");

        assertThat(ValidateCommand.run(temp, out)).isEqualTo(1);
        assertThat(printed().lines()).containsExactly(
                "events.json:" + placeLine + ":" + placeColumn + ": unknown place \"aqtau\" (not in places.json)",
                "places.json:" + latLine + ":12: \"lat\" must be a number, not text (\"north\")",
                "2 problems in " + temp + ".");
    }

    @Test
    void missingFolderIsOneProblem() {
        Path nowhere = temp.resolve("nowhere");

        assertThat(ValidateCommand.run(nowhere, out)).isEqualTo(1);
        assertThat(printed().lines()).containsExactly(
                nowhere + ": the content folder does not exist", "1 problem in " + nowhere + ".");
    }

    @Test
    void neverPrintsAStackTrace() {
        assertThat(ValidateCommand.run(null, out)).isEqualTo(1);
        assertThat(printed()).doesNotContain("Exception", "\tat ");
        assertThat(printed().lines()).hasSize(2);
    }
}
