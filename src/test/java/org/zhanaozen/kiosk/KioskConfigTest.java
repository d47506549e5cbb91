package org.zhanaozen.kiosk;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zhanaozen.kiosk.frame.PinHash;

class KioskConfigTest {

    private static final Path FILE = Path.of("/etc/kiosk.properties");

    @Test
    void aMissingFileMeansTheDefaults(@TempDir Path dir) {
        KioskConfig config = KioskConfig.load(dir.resolve("kiosk.properties"), false);
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
        KioskConfig config = KioskConfig.load(file, false);
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
                FILE + ":4: idle.warning.seconds: 5 is too small (at least 20 seconds): using the default (20 s)",
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
    void aLatin1LineIsTheOnlyLineLostAndIsNamed(@TempDir Path dir) throws Exception {
        String hash = PinHash.of("2468".toCharArray()).toString();
        Path file = dir.resolve("kiosk.properties");
        Files.write(file, concat(
                "# Caf".getBytes(StandardCharsets.US_ASCII), new byte[] {(byte) 0xE9}, // Latin-1 é
                "\nstaff.pin.hash=".getBytes(StandardCharsets.US_ASCII), hash.getBytes(StandardCharsets.US_ASCII),
                "\nlog.folder=/srv/caf".getBytes(StandardCharsets.US_ASCII), new byte[] {(byte) 0xE9},
                "\r\nidle.timeout.seconds=120\n".getBytes(StandardCharsets.US_ASCII)));

        KioskConfig config = KioskConfig.load(file, false);

        assertThat(config.staffPinHash()).get().extracting(PinHash::toString).isEqualTo(hash);
        assertThat(config.idleTimeout()).isEqualTo(Duration.ofSeconds(120));
        assertThat(config.logFolder()).isEqualTo(KioskFolders.ofThisMachine().logs());
        assertThat(config.messages()).containsExactly(
                file + ":1: line 1 is not UTF-8: ignored (save the file as UTF-8)",
                file + ":3: line 3 is not UTF-8: ignored (save the file as UTF-8)");
    }

    @Test
    void aLatin1LineInsideAContinuedValueLosesThatSettingOnlyAndKeepsTheLineNumbers(@TempDir Path dir)
            throws Exception {
        Path file = dir.resolve("kiosk.properties");
        Files.write(file, concat(
                "log.folder=/srv/\\\n".getBytes(StandardCharsets.US_ASCII),
                "   caf".getBytes(StandardCharsets.US_ASCII), new byte[] {(byte) 0xE9},
                "\\\n".getBytes(StandardCharsets.US_ASCII),
                "   logs\n".getBytes(StandardCharsets.US_ASCII),
                "idle.timeout.seconds=ten\n".getBytes(StandardCharsets.US_ASCII)));

        KioskConfig config = KioskConfig.load(file, false);

        assertThat(config.logFolder()).isEqualTo(KioskFolders.ofThisMachine().logs());
        assertThat(config.messages()).containsExactly(
                file + ":1: line 2 is not UTF-8: lines 1 to 3 ignored (save the file as UTF-8)",
                file + ":4: idle.timeout.seconds: \"ten\" is not a whole number of seconds: using the default (90 s)");
    }

    @Test
    void aUtf8FileWithAccentsIsReadWhole(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("kiosk.properties");
        Files.writeString(file, "# Café, Жаңаөзен\nlog.folder=/srv/café\n", StandardCharsets.UTF_8);

        KioskConfig config = KioskConfig.load(file, false);

        assertThat(config.messages()).isEmpty();
        assertThat(config.logFolder()).isEqualTo(Path.of("/srv/café"));
    }

    @Test
    void aByteOrderMarkIsNotPartOfTheFirstKey(@TempDir Path dir) throws Exception {
        String hash = PinHash.of("2468".toCharArray()).toString();
        Path file = dir.resolve("kiosk.properties");
        // as Windows Notepad saves "UTF-8 with BOM"
        Files.write(file, concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
                ("staff.pin.hash=" + hash + "\r\n").getBytes(StandardCharsets.UTF_8)));

        KioskConfig config = KioskConfig.load(file, false);

        assertThat(config.messages()).isEmpty();
        assertThat(config.staffPinHash()).get().extracting(PinHash::toString).isEqualTo(hash);
    }

    @Test
    void aMissingFileNamedWithConfigIsAWarningAtStartAndInTheDiagnostics(@TempDir Path dir) {
        Path missing = dir.resolve("kiosk.properties");
        Options options = Options.parse(List.of("--config", missing.toString()));

        KioskConfig config = KioskApplication.config(options);

        assertThat(config.idleTimeout()).isEqualTo(Duration.ofSeconds(90));
        assertThat(config.messages()).containsExactly(missing + ": not found (named by --config): using the defaults");
        assertThat(KioskApplication.diagnostics(config, Optional.empty(), List.of()))
                .contains("Settings problem: " + missing + ": not found (named by --config): using the defaults");
    }

    @Test
    void theDefaultFileIsNotNamedSoItsAbsenceIsQuiet(@TempDir Path dir) {
        assertThat(KioskApplication.configNamed(Options.parse(List.of()))).isFalse();
        assertThat(KioskConfig.load(dir.resolve("kiosk.properties"), false).messages()).isEmpty();
    }

    @Test
    void aNumberTooLargeForAnyCounterIsTooLargeNotANonNumber() {
        KioskConfig config = KioskConfig.parse("idle.timeout.seconds=99999999999999999999\n"
                + "cursor.hide.seconds=-99999999999999999999", FILE);
        assertThat(config.idleTimeout()).isEqualTo(Duration.ofSeconds(90));
        assertThat(config.messages()).containsExactlyInAnyOrder(
                FILE + ":1: idle.timeout.seconds: 99999999999999999999 is too large (at most 86400 seconds): "
                        + "using the default (90 s)",
                FILE + ":2: cursor.hide.seconds: -99999999999999999999 is too small (at least 0 seconds): "
                        + "using the default (3 s)");
    }

    @Test
    void aCommentEndingInABackslashDoesNotSwallowTheNextLine() {
        KioskConfig config = KioskConfig.parse("# logs go to C:\\\nidle.timeout.seconds=120\n", FILE);
        assertThat(config.messages()).isEmpty();
        assertThat(config.idleTimeout()).isEqualTo(Duration.ofSeconds(120));
    }

    private static byte[] concat(byte[]... parts) {
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        for (byte[] part : parts) {
            bytes.writeBytes(part);
        }
        return bytes.toByteArray();
    }

    @Test
    void anUnreadableFileMeansTheDefaultsAndAMessage(@TempDir Path dir) {
        KioskConfig config = KioskConfig.load(dir, false);
        assertThat(config.idleTimeout()).isEqualTo(Duration.ofSeconds(90));
        assertThat(config.messages()).singleElement().asString().startsWith(dir + ": cannot be read");
    }
}
