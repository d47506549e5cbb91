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
        BundledContent.copyWith(dir, "events.json", text -> text.replace("\"phase\": \"tragedy\"", "\"phase\": \"tragedyy\""));
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
    void anUnknownOptionExitsTwoWithOneLineNamingIt() {
        assertThat(run("--fullscreen")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8))
                .isEqualTo("zhanaozen-kiosk: unknown option --fullscreen (see --help)" + System.lineSeparator());
        assertThat(output()).isEmpty();
    }

    @Test
    void anOptionOfAnotherCommandExitsTwoAndValidatesNothing() {
        assertThat(run("--validate", "data", "--size", "800x600")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("--size cannot be used with --validate");
        assertThat(output()).isEmpty();
    }

    @Test
    void hashPinPrintsAConfigLineThatMatchesThePinAndNeverThePin() {
        System.setIn(new java.io.ByteArrayInputStream("482915\n".getBytes(StandardCharsets.UTF_8)));
        try {
            assertThat(run("--hash-pin")).isZero();
        } finally {
            System.setIn(new java.io.FileInputStream(java.io.FileDescriptor.in));
        }
        String line = output().strip();
        assertThat(line).startsWith("staff.pin.hash=pbkdf2-sha256$").doesNotContain("482915");
        KioskConfig config = KioskConfig.parse(line, Path.of("kiosk.properties"));
        assertThat(config.messages()).isEmpty();
        assertThat(config.staffPinHash()).get().satisfies(hash -> {
            assertThat(hash.matches("482915".toCharArray())).isTrue();
            assertThat(hash.matches("482916".toCharArray())).isFalse();
        });
    }

    @Test
    void hashPinRefusesAPinTheKeypadCannotType() {
        assertThat(run("--hash-pin", "12ab")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("4 to 12 digits").doesNotContain("12ab");
        assertThat(output()).isEmpty();
    }

    // --- --usage-report [DIR]

    @Test
    void theFolderIsOptionalAndDefaultsToTheUsageFolder() {
        Options options = Options.parse(List.of("--usage-report"));
        assertThat(options.command()).isEqualTo(Command.USAGE_REPORT);
        assertThat(options.usage()).isEqualTo(KioskFolders.ofThisMachine().usage());
        assertThat(Options.parse(List.of("--usage-report", "/srv/usage")).usage()).isEqualTo(Path.of("/srv/usage"));
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
                .contains("usage-2026-11-29.jsonl:4: cut short (the kiosk was stopped while writing it)")
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
        assertThat(run("--usage-report", "--help")).isZero();
        assertThat(output()).containsPattern("--usage-report .*\\[DIR\\]").contains(KioskFolders.ofThisMachine().usage().toString());
    }
}
