package org.zhanaozen.kiosk;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** One place decides the kiosk's folders: settings, logs and usage agree on every platform. */
class KioskFoldersTest {

    private static final Path HOME = Path.of("/home/kiosk");
    private static final Path TEMP = Path.of("/tmp");

    private static KioskFolders linux(Map<String, String> environment) {
        return KioskFolders.of("Linux", environment::get, HOME, TEMP, "kiosk");
    }

    private static KioskFolders windows(Map<String, String> environment) {
        return KioskFolders.of("Windows 11", environment::get, HOME, TEMP, "kiosk");
    }

    @Test
    void onLinuxUnderTheXdgFoldersWhenSet() {
        KioskFolders folders = linux(Map.of("XDG_CONFIG_HOME", "/etc/kiosk-config", "XDG_STATE_HOME", "/var/lib/kiosk"));

        assertThat(folders.config()).isEqualTo(Path.of("/etc/kiosk-config/zhanaozen-kiosk/kiosk.properties"));
        assertThat(folders.logs()).isEqualTo(Path.of("/var/lib/kiosk/zhanaozen-kiosk/logs"));
        assertThat(folders.usage()).isEqualTo(Path.of("/var/lib/kiosk/zhanaozen-kiosk/usage"));
    }

    @Test
    void onLinuxElseUnderTheXdgDefaultsInTheHomeFolder() {
        KioskFolders folders = linux(Map.of());

        assertThat(folders.config()).isEqualTo(Path.of("/home/kiosk/.config/zhanaozen-kiosk/kiosk.properties"));
        assertThat(folders.logs()).isEqualTo(Path.of("/home/kiosk/.local/state/zhanaozen-kiosk/logs"));
        assertThat(folders.usage()).isEqualTo(Path.of("/home/kiosk/.local/state/zhanaozen-kiosk/usage"));
    }

    @Test
    void aRelativeXdgFolderIsIgnoredAsTheSpecSays() {
        KioskFolders folders = linux(Map.of("XDG_STATE_HOME", "state", "XDG_CONFIG_HOME", "config"));

        assertThat(folders).isEqualTo(linux(Map.of()));
    }

    @Test
    void onWindowsSettingsRoamAndLogsAndUsageStayOnTheMachine() {
        KioskFolders folders = windows(Map.of("APPDATA", "/users/kiosk/appdata/roaming",
                "LOCALAPPDATA", "/users/kiosk/appdata/local"));

        assertThat(folders.config()).isEqualTo(Path.of("/users/kiosk/appdata/roaming/zhanaozen-kiosk/kiosk.properties"));
        // logs and usage in the same place: the review found logs under ~/.local/state but usage in %LOCALAPPDATA%
        assertThat(folders.logs()).isEqualTo(Path.of("/users/kiosk/appdata/local/zhanaozen-kiosk/logs"));
        assertThat(folders.usage()).isEqualTo(Path.of("/users/kiosk/appdata/local/zhanaozen-kiosk/usage"));
    }

    @Test
    void onWindowsWithoutItsVariablesUnderAppDataInTheHomeFolder() {
        KioskFolders folders = windows(Map.of());

        assertThat(folders.config()).isEqualTo(HOME.resolve("AppData/Roaming/zhanaozen-kiosk/kiosk.properties"));
        assertThat(folders.logs()).isEqualTo(HOME.resolve("AppData/Local/zhanaozen-kiosk/logs"));
    }

    @Test
    void anXdgFolderWinsOnEveryPlatformSoOneRunCanHaveItsOwn() {
        KioskFolders folders = windows(Map.of("XDG_STATE_HOME", "/run/test-state", "LOCALAPPDATA", "/users/x/local"));

        assertThat(folders.usage()).isEqualTo(Path.of("/run/test-state/zhanaozen-kiosk/usage"));
        assertThat(folders.logs()).isEqualTo(Path.of("/run/test-state/zhanaozen-kiosk/logs"));
    }

    @Test
    void nativeLibrariesGoToTheRuntimeFolderThenTheCacheThenAPerUserTempFolder() {
        assertThat(linux(Map.of("XDG_RUNTIME_DIR", "/run/user/1000")).nativeLibraryFolders()).containsExactly(
                Path.of("/run/user/1000/zhanaozen-kiosk"), Path.of("/home/kiosk/.cache/zhanaozen-kiosk"),
                Path.of("/tmp/zhanaozen-kiosk-kiosk"));
        assertThat(windows(Map.of("LOCALAPPDATA", "/users/kiosk/appdata/local")).nativeLibraryFolders()).containsExactly(
                Path.of("/users/kiosk/appdata/local/zhanaozen-kiosk/cache"), Path.of("/tmp/zhanaozen-kiosk-kiosk"));
    }
}
