package org.zhanaozen.kiosk;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The one-shot commands, as a member of staff runs them: output and exit code. */
class LauncherTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return Launcher.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String output() {
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void validateOnTheBundledContentExitsZero() {
        assertThat(run("--validate", "data")).isZero();
        assertThat(output()).contains("is valid").contains("24 events");
    }

    @Test
    void validateOnBrokenContentExitsOneAndNamesFileAndLine(@TempDir Path dir) {
        TestContent.copyWith(dir, "events.json", text -> text.replace("\"phase\": \"tragedy\"", "\"phase\": \"tragedyy\""));
        assertThat(run("--validate", dir.toString())).isEqualTo(1);
        assertThat(output()).containsPattern("events\\.json:\\d+:\\d+: .*tragedyy");
        assertThat(output()).doesNotContain("Exception").doesNotContain("\tat ");
    }

    @Test
    void helpAndVersion() {
        assertThat(run("--help")).isZero();
        assertThat(output()).contains("--validate").contains("--screenshots").contains("--windowed");
        assertThat(run("--version")).isZero();
        assertThat(output()).contains("Zhanaozen kiosk 1.0.0");
    }

    @Test
    void anUnknownOptionExitsTwoWithAMessage() {
        assertThat(run("--fullscreen")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("unknown option \"--fullscreen\"");
    }
}
