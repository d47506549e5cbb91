package org.zhanaozen.kiosk;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zhanaozen.kiosk.content.TestContent;

/**
 * {@code ./kiosk}, the checkout's launcher, as staff run it: only the kiosk's own lines, the kiosk's exit code.
 * In a fresh clone the first run builds the classpath file (Maven, quietly), so it may take a while.
 */
@Tag(UiTest.TAG)
class KioskScriptTest {

    /** What a run printed and how it ended. */
    private record Run(int exitCode, List<String> out, List<String> err) {
    }

    private static Run kiosk(Path outputs, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("./kiosk"));
        command.addAll(List.of(args));
        Path out = outputs.resolve("out.txt");
        Path err = outputs.resolve("err.txt");
        Process process = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        process.getOutputStream().close();
        assertThat(process.waitFor(10, TimeUnit.MINUTES)).as("./kiosk ended").isTrue();
        return new Run(process.exitValue(), Files.readAllLines(out, StandardCharsets.UTF_8),
                Files.readAllLines(err, StandardCharsets.UTF_8));
    }

    @Test
    void validateOnBrokenContentPrintsOnlyTheKiosksLinesAndExitsOne(@TempDir Path temp) throws Exception {
        Path broken = Files.createDirectory(temp.resolve("broken"));
        TestContent content = TestContent.writeTo(broken).replace("events.json", "\"phase\": \"trials\"", "\"phase\": \"trialz\"");
        int line = content.lineOf("events.json", "\"phase\": \"trialz\"");

        Run run = kiosk(temp, "--validate", broken.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        // the fixture has no base map: --validate warns of it, and says so in its summary
        assertThat(run.out()).containsExactly(
                run.out().get(0),
                "map/basemap.mbtiles: warning: no base map: the map shows its places on a plain background",
                "1 problem and 1 warning in " + broken + ".");
        assertThat(run.out().get(0)).matches("events\\.json:" + line + ":\\d+: .*\"trialz\".*");
        assertThat(run.err()).as("no Maven, no stack trace").isEmpty();
    }

    @Test
    void aWrongOptionGetsOneLineAndExitsTwo(@TempDir Path temp) throws Exception {
        Run run = kiosk(temp, "--bogus");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).containsExactly("zhanaozen-kiosk: unknown option --bogus (see --help)");
        assertThat(run.out()).isEmpty();
    }
}
