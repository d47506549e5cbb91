package org.zhanaozen.kiosk;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zhanaozen.kiosk.frame.PinHash;

class KioskConfigTest {

    private static final Path FILE = Path.of("/etc/kiosk.properties");

    @Test
    void aMissingFileMeansTheDefaults(@TempDir Path dir) {
        KioskConfig config = KioskConfig.load(dir.resolve("kiosk.properties"));
        assertThat(config.messages()).isEmpty();
        assertThat(config.idleTimeout()).isEqualTo(Duration.ofSeconds(90));
        assertThat(config.idleWarning()).isEqualTo(Duration.ofSeconds(20));
        assertThat(config.cursorHide()).isEqualTo(Duration.ofSeconds(3));
        assertThat(config.reducedMotion()).isFalse();
        assertThat(config.staffPinHash()).isEmpty();
        assertThat(config.idleInWindowed()).isFalse();
        assertThat(config.logFolder()).isEqualTo(KioskFolders.ofThisMachine().logs());
    }

    @Test
    void everyKeyIsRead(@TempDir Path dir) throws Exception {
        String hash = PinHash.of("2468".toCharArray()).toString();
        Path file = dir.resolve("kiosk.properties");
        Files.writeString(file, String.join("\n",
                "# a museum in the evening",
                "idle.timeout.seconds = 120",
                "idle.warning.seconds: 30",
                "cursor.hide.seconds=0",
                "motion.reduced=true",
                "staff.pin.hash=" + hash,
                "log.folder=" + dir.resolve("logs"),
                "idle.in.windowed=yes"));
        KioskConfig config = KioskConfig.load(file);
        assertThat(config.messages()).isEmpty();
        assertThat(config.idleTimeout()).isEqualTo(Duration.ofSeconds(120));
        assertThat(config.idleWarning()).isEqualTo(Duration.ofSeconds(30));
        assertThat(config.cursorHide()).isZero();
        assertThat(config.reducedMotion()).isTrue();
        assertThat(config.staffPinHash()).get().extracting(PinHash::toString).isEqualTo(hash);
        assertThat(config.logFolder()).isEqualTo(dir.resolve("logs"));
        assertThat(config.idleInWindowed()).isTrue();
    }

    @Test
    void unknownKeysAndBadValuesAreReportedWithFileLineAndKeyAndTheDefaultsUsed() {
        KioskConfig config = KioskConfig.parse(String.join("\n",
                "idle.timeout.seconds=ninety",
                "",
                "idle.timout.seconds=60",
                "idle.warning.seconds=5",
                "motion.reduced=maybe",
                "staff.pin.hash=1234"), FILE);
        assertThat(config.idleTimeout()).isEqualTo(Duration.ofSeconds(90));
        assertThat(config.idleWarning()).isEqualTo(Duration.ofSeconds(20));
        assertThat(config.reducedMotion()).isFalse();
        assertThat(config.staffPinHash()).isEmpty();
        assertThat(config.messages()).containsExactlyInAnyOrder(
                FILE + ":3: unknown key \"idle.timout.seconds\": ignored (known keys: cursor.hide.seconds, "
                        + "idle.in.windowed, idle.timeout.seconds, idle.warning.seconds, log.folder, motion.reduced, "
                        + "staff.pin.hash)",
                FILE + ":1: idle.timeout.seconds: \"ninety\" is not a whole number of seconds: using the default (90 s)",
                FILE + ":4: idle.warning.seconds: 5 is outside 20 to 600 seconds: using the default (20 s)",
                FILE + ":5: motion.reduced: \"maybe\" is not true or false: using the default (false)",
                FILE + ":6: staff.pin.hash: not a PIN hash: expected pbkdf2-sha256$ITERATIONS$SALT$HASH, as "
                        + "--hash-pin prints it: using the default (none: the staff menu stays closed)");
        assertThat(String.join("\n", config.messages())).doesNotContain("=1234");
    }

    @Test
    void aKeySetTwiceIsReportedAndTheLastValueCounts() {
        KioskConfig config = KioskConfig.parse("idle.timeout.seconds=60\nidle.timeout.seconds=120\n", FILE);
        assertThat(config.idleTimeout()).isEqualTo(Duration.ofSeconds(120));
        assertThat(config.messages()).containsExactly(FILE + ":2: idle.timeout.seconds is set again: the last value counts");
    }

    @Test
    void anUnreadableFileMeansTheDefaultsAndAMessage(@TempDir Path dir) {
        KioskConfig config = KioskConfig.load(dir);
        assertThat(config.idleTimeout()).isEqualTo(Duration.ofSeconds(90));
        assertThat(config.messages()).singleElement().asString().startsWith(dir + ": cannot be read");
    }
}
