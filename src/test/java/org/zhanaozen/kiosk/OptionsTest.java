package org.zhanaozen.kiosk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.zhanaozen.kiosk.Options.Command;
import org.zhanaozen.kiosk.ui.Motion;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

class OptionsTest {

    @Test
    void noArgumentsRunTheKioskFullScreenOnTheBundledContent() {
        Options options = Options.parse(List.of());
        assertThat(options.command()).isEqualTo(Command.RUN);
        assertThat(options.windowed()).isFalse();
        assertThat(options.data()).isEqualTo(Path.of("data"));
    }

    @Test
    void dataAndWindowed() {
        Options options = Options.parse(List.of("--windowed", "--data", "/srv/exhibit"));
        assertThat(options.windowed()).isTrue();
        assertThat(options.data()).isEqualTo(Path.of("/srv/exhibit"));
    }

    @Test
    void validateTakesAnOptionalFolder() {
        assertThat(Options.parse(List.of("--validate")).data()).isEqualTo(Path.of("data"));
        assertThat(Options.parse(List.of("--validate", "other")).data()).isEqualTo(Path.of("other"));
        assertThat(Options.parse(List.of("--data", "x", "--validate")).data()).isEqualTo(Path.of("x"));
        assertThat(Options.parse(List.of("--validate", "--data", "y")).data()).isEqualTo(Path.of("y"));
    }

    @Test
    void screenshotsWithASize() {
        Options options = Options.parse(List.of("--screenshots", "out", "--size", "3840x2160"));
        assertThat(options.command()).isEqualTo(Command.SCREENSHOTS);
        assertThat(options.output()).isEqualTo(Path.of("out"));
        assertThat(options.width()).isEqualTo(3840);
        assertThat(options.height()).isEqualTo(2160);
    }

    @Test
    void badCommandLinesSayWhatIsWrong() {
        assertThatThrownBy(() -> Options.parse(List.of("--dat", "x"))).hasMessage("unknown option --dat (see --help)");
        assertThatThrownBy(() -> Options.parse(List.of("--data"))).hasMessageContaining("'--data' (DIR)");
        assertThatThrownBy(() -> Options.parse(List.of("--screenshots", "o", "--size", "big")))
                .hasMessageContaining("WIDTHxHEIGHT").hasMessageContaining("see --screenshots --help");
        assertThatThrownBy(() -> Options.parse(List.of("--screenshots", "o", "--size", "10x10")))
                .hasMessageContaining("between 320x320");
        assertThatThrownBy(() -> Options.parse(List.of("--screenshots"))).hasMessageContaining("DIR");
        assertThatThrownBy(() -> Options.parse(List.of("--windowed", "--windowed")))
                .hasMessageContaining("'--windowed' should be specified only once");
    }

    @Test
    void anOptionOfOneCommandIsRefusedWithAnotherNamingBoth() {
        assertThatThrownBy(() -> Options.parse(List.of("--validate", "data", "--size", "800x600")))
                .hasMessage("--size cannot be used with --validate (see --validate --help)");
        assertThatThrownBy(() -> Options.parse(List.of("--validate", "--smoke-test")))
                .hasMessage("--validate and --smoke-test are separate commands: give one");
        assertThatThrownBy(() -> Options.parse(List.of("--windowed", "--usage-report")))
                .hasMessage("--windowed cannot be used with --usage-report (see --usage-report --help)");
        assertThatThrownBy(() -> Options.parse(List.of("--size", "800x600")))
                .hasMessage("--size goes with --screenshots or --smoke-test (see --help)");
        assertThatThrownBy(() -> Options.parse(List.of("--validate", "a", "b"))).hasMessageContaining("'b'");
    }

    @Test
    void importTimelineJsTakesTheTimelineAndTheFolderToWrite() {
        Options options = Options.parse(List.of("--import-timelinejs", "story.csv", "/srv/story"));
        assertThat(options.command()).isEqualTo(Command.IMPORT_TIMELINEJS);
        assertThat(options.data()).isEqualTo(Path.of("story.csv"));
        assertThat(options.output()).isEqualTo(Path.of("/srv/story"));
        assertThatThrownBy(() -> Options.parse(List.of("--import-timelinejs", "story.csv", "out", "--windowed")))
                .hasMessage("--windowed cannot be used with --import-timelinejs (see --import-timelinejs --help)");
        assertThat(Options.parse(List.of("--import-timelinejs", "--help")).help()).contains("FILE").contains("OUTDIR");
    }

    @Test
    void smokeTestAndScreenshotsTakeOneSize() {
        Options options = Options.parse(List.of("--smoke-test", "--size", "1280x720"));
        assertThat(options.command()).isEqualTo(Command.SMOKE_TEST);
        assertThat(options.width()).isEqualTo(1280);
        assertThat(options.height()).isEqualTo(720);
        assertThat(Options.parse(List.of("--smoke-test")).width()).as("both default sizes").isZero();
    }

    @Test
    void eachCommandHasItsOwnHelpFromTheSameDefinition() {
        Options kiosk = Options.parse(List.of("--help"));
        assertThat(kiosk.command()).isEqualTo(Command.HELP);
        assertThat(kiosk.help()).contains("--windowed").contains("--validate").contains("--usage-report")
                .contains(KioskFolders.ofThisMachine().config().toString());
        Options validate = Options.parse(List.of("--validate", "--help"));
        assertThat(validate.command()).isEqualTo(Command.HELP);
        assertThat(validate.help()).contains("--validate").contains("[DIR]").doesNotContain("--windowed");
        assertThat(Options.parse(List.of("--screenshots", "--help")).help()).contains("--size WxH");
        assertThat(Options.parse(List.of("--version")).command()).isEqualTo(Command.VERSION);
    }

    @Test
    void configIdleAndHashPin() {
        Options options = Options.parse(List.of("--windowed", "--idle", "--config", "/etc/kiosk.properties"));
        assertThat(options.idle()).isTrue();
        assertThat(options.config()).isEqualTo(Path.of("/etc/kiosk.properties"));
        assertThat(Options.parse(List.of()).config()).isEqualTo(KioskFolders.ofThisMachine().config());
        assertThat(Options.parse(List.of("--hash-pin")).command()).isEqualTo(Command.HASH_PIN);
        assertThat(Options.parse(List.of("--hash-pin")).pin()).isNull();
        assertThat(Options.parse(List.of("--hash-pin", "2468")).pin()).isEqualTo("2468");
    }

    @Test
    void idleResetIsOnInKioskModeAndInARehearsalOnlyWhenAskedFor() {
        KioskConfig defaults = KioskConfig.parse("", Path.of("kiosk.properties"));
        KioskConfig idleInWindowed = KioskConfig.parse("idle.in.windowed=true", Path.of("kiosk.properties"));
        assertThat(KioskApplication.settings(defaults, Options.parse(List.of())).idleEnabled()).isTrue();
        assertThat(KioskApplication.settings(defaults, Options.parse(List.of("--windowed"))).idleEnabled()).isFalse();
        assertThat(KioskApplication.settings(defaults, Options.parse(List.of("--windowed", "--idle"))).idleEnabled()).isTrue();
        assertThat(KioskApplication.settings(idleInWindowed, Options.parse(List.of("--windowed"))).idleEnabled()).isTrue();
    }

    @Test
    void smokeTestOnAnotherContentFolder() {
        Options options = Options.parse(List.of("--smoke-test", "--data", "/srv/exhibit"));
        assertThat(options.command()).isEqualTo(Command.SMOKE_TEST);
        assertThat(options.data()).isEqualTo(Path.of("/srv/exhibit"));
    }

    @Test
    void presentationOptions() {
        assertThat(Options.parse(List.of()).presenting()).isEqualTo(new Options.Presenting(false, false, 0, false));
        assertThat(Options.parse(List.of("--present", "--swap-screens", "--no-transitions")).presenting())
                .isEqualTo(new Options.Presenting(true, true, 0, true));
        assertThat(Options.parse(List.of("--autoplay", "20")).presenting())
                .as("autoplay presents").isEqualTo(new Options.Presenting(true, false, 20, false));
        assertThatThrownBy(() -> Options.parse(List.of("--autoplay", "2"))).hasMessageContaining("5 to 3600");
        assertThatThrownBy(() -> Options.parse(List.of("--autoplay", "soon"))).hasMessageContaining("\"soon\"");
        assertThatThrownBy(() -> Options.parse(List.of("--autoplay"))).hasMessageContaining("'--autoplay' (SECONDS)");
    }

    @Test
    void transitionsAreOffWithNoTransitionsOrReducedMotion() {
        Path file = Path.of("kiosk.properties");
        KioskConfig defaults = KioskConfig.parse("", file);
        assertThat(KioskApplication.motion(defaults, Options.parse(List.of()))).isEqualTo(Motion.SMOOTH);
        assertThat(KioskApplication.motion(defaults, Options.parse(List.of("--no-transitions")))).isEqualTo(Motion.NONE);
        assertThat(KioskApplication.motion(KioskConfig.parse("motion.reduced=true", file), Options.parse(List.of())))
                .isEqualTo(Motion.NONE);
        assertThat(Motion.NONE.duration(javafx.util.Duration.seconds(2))).isEqualTo(javafx.util.Duration.ZERO);
    }

    @Test
    void autoplayResumesAfterTheIdleTimeout() {
        KioskConfig config = KioskConfig.parse("idle.timeout.seconds=45", Path.of("kiosk.properties"));
        var settings = KioskApplication.presentationSettings(config, Options.parse(List.of("--autoplay", "12")));
        assertThat(settings.autoplay()).contains(java.time.Duration.ofSeconds(12));
        assertThat(settings.resumeAfter()).isEqualTo(java.time.Duration.ofSeconds(45));
        assertThat(KioskApplication.presentationSettings(config, Options.parse(List.of("--present"))).autoplay()).isEmpty();
    }

    @Test
    void theReadmeTablesListExactlyTheOptionsAndCommandsOfTheDefinition() throws java.io.IOException {
        String readme = java.nio.file.Files.readString(Path.of("README.md"));
        String section = readme.substring(readme.indexOf("\n## Options\n"));
        section = section.substring(0, section.indexOf("\n## ", 1));
        Set<String> documented = new TreeSet<>();
        Matcher option = Pattern.compile("`([^`]+)`").matcher("");
        section.lines().filter(line -> line.startsWith("| `")).forEach(row -> {
            option.reset(row.split("\\|")[1]);
            while (option.find()) {
                documented.add(option.group(1));
            }
        });

        Set<String> defined = new TreeSet<>();
        CommandSpec kiosk = KioskCommandLine.spec();
        kiosk.options().forEach(spec -> defined.add(spelling(spec)));
        kiosk.subcommands().forEach((name, command) -> {
            StringBuilder spelt = new StringBuilder(name);
            command.getCommandSpec().positionalParameters().forEach(parameter -> spelt.append(' ')
                    .append(parameter.arity().min() == 0 ? "[" + parameter.paramLabel() + "]" : parameter.paramLabel()));
            defined.add(spelt.toString());
            command.getCommandSpec().options().stream()
                    .filter(spec -> !spec.usageHelp() && !spec.longestName().equals("--data"))
                    .forEach(spec -> defined.add(spelling(spec)));
        });

        assertThat(documented).isEqualTo(defined);
    }

    /** "--data DIR", "--windowed": as the README's tables spell an option. */
    private static String spelling(OptionSpec option) {
        return option.longestName() + (option.arity().max() > 0 ? " " + option.paramLabel() : "");
    }
}
