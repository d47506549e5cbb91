package org.zhanaozen.kiosk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.zhanaozen.kiosk.Options.Command;
import org.zhanaozen.kiosk.ui.Motion;

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
        assertThat(Options.parse(List.of("--validate", "--windowed")).windowed()).isTrue();
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
        assertThatThrownBy(() -> Options.parse(List.of("--dat", "x"))).hasMessageContaining("unknown option \"--dat\"");
        assertThatThrownBy(() -> Options.parse(List.of("--data"))).hasMessageContaining("--data needs a value");
        assertThatThrownBy(() -> Options.parse(List.of("--screenshots", "o", "--size", "big")))
                .hasMessageContaining("WIDTHxHEIGHT");
        assertThatThrownBy(() -> Options.parse(List.of("--screenshots", "o", "--size", "10x10")))
                .hasMessageContaining("between 320x320");
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
        assertThatThrownBy(() -> Options.parse(List.of("--autoplay"))).hasMessageContaining("needs a value");
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
}
