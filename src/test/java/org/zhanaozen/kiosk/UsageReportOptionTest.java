package org.zhanaozen.kiosk;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zhanaozen.kiosk.Options.Command;
import org.zhanaozen.kiosk.usage.UsageFolders;

/** {@code --usage-report [DIR]}, as a member of staff runs it: output and exit code. */
class UsageReportOptionTest {

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
    void theFolderIsOptionalAndDefaultsToTheUsageFolder() {
        Options options = Options.parse(List.of("--usage-report"));
        assertThat(options.command()).isEqualTo(Command.USAGE_REPORT);
        assertThat(options.usage()).isEqualTo(UsageFolders.defaultFolder());
        assertThat(Options.parse(List.of("--usage-report", "/srv/usage", "--windowed")).usage())
                .isEqualTo(Path.of("/srv/usage"));
    }

    @Test
    void printsTheReportAndExitsZeroEvenWithSkippedLines(@TempDir Path folder) throws IOException {
        Files.writeString(folder.resolve("usage-2026-11-29.jsonl"), String.join("\n",
                "{\"time\":\"2026-11-29T10:00:00Z\",\"type\":\"visit-start\",\"visit\":1}",
                "{\"time\":\"2026-11-29T10:00:40Z\",\"type\":\"section\",\"section\":\"timeline\",\"dwellMs\":40000,\"visit\":1}",
                "{\"time\":\"2026-11-29T10:01:40Z\",\"type\":\"idle-reset\",\"visitMs\":40000,\"visit\":1}",
                "{\"time\":\"2026-11-29T10:0") + "\n");

        assertThat(run("--usage-report", folder.toString())).isZero();
        assertThat(output())
                .containsPattern("2026-11-29 +1 +40 s")
                .containsPattern("timeline +1 +40 s")
                .contains("usage-2026-11-29.jsonl:4: not JSON")
                .doesNotContain("Exception").doesNotContain("\tat ");
    }

    @Test
    void aMissingFolderExitsOneWithAMessage(@TempDir Path temp) {
        Path missing = temp.resolve("nowhere");
        assertThat(run("--usage-report", missing.toString())).isEqualTo(1);
        assertThat(output()).contains("No usage log folder at " + missing);
    }

    @Test
    void helpDocumentsTheOption() {
        assertThat(run("--help")).isZero();
        assertThat(output()).contains("--usage-report [DIR]").contains(UsageFolders.defaultFolder().toString());
    }
}
