package org.zhanaozen.kiosk.usage;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class UsageFoldersTest {

    private static final Path HOME = Path.of("/home/kiosk");

    private static Path folder(Map<String, String> environment) {
        return UsageFolders.defaultFolder(environment::get, HOME);
    }

    @Test
    void underTheXdgStateHomeWhenSet() {
        assertThat(folder(Map.of("XDG_STATE_HOME", "/var/lib/kiosk-state")))
                .isEqualTo(Path.of("/var/lib/kiosk-state/zhanaozen-kiosk/usage"));
    }

    @Test
    void elseUnderLocalStateInTheHomeFolder() {
        assertThat(folder(Map.of())).isEqualTo(Path.of("/home/kiosk/.local/state/zhanaozen-kiosk/usage"));
        // the XDG spec: a relative XDG_STATE_HOME is ignored
        assertThat(folder(Map.of("XDG_STATE_HOME", "state")))
                .isEqualTo(Path.of("/home/kiosk/.local/state/zhanaozen-kiosk/usage"));
    }

    @Test
    void onWindowsUnderLocalAppData() {
        assertThat(folder(Map.of("LOCALAPPDATA", "/users/kiosk/appdata/local")))
                .isEqualTo(Path.of("/users/kiosk/appdata/local/zhanaozen-kiosk/usage"));
    }
}
