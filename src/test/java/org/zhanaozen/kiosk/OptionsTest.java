package org.zhanaozen.kiosk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.zhanaozen.kiosk.Options.Command;

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
        assertThat(Options.parse(List.of()).config()).isEqualTo(KioskConfig.defaultFile());
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
}
