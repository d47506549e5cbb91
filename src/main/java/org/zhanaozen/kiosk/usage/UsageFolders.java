package org.zhanaozen.kiosk.usage;

import java.nio.file.Path;
import java.util.function.Function;

/** Where the usage log lives unless told otherwise: the one place that decides it. */
public final class UsageFolders {

    private static final String APP = "zhanaozen-kiosk";

    private UsageFolders() {
    }

    /**
     * {@code $XDG_STATE_HOME/zhanaozen-kiosk/usage} when XDG_STATE_HOME is set, else {@code %LOCALAPPDATA%} on
     * Windows, else {@code ~/.local/state/zhanaozen-kiosk/usage} (the XDG default): state that should survive
     * restarts but is not worth backing up with documents.
     */
    public static Path defaultFolder() {
        return defaultFolder(System::getenv, Path.of(System.getProperty("user.home")));
    }

    static Path defaultFolder(Function<String, String> environment, Path home) {
        String stateHome = environment.apply("XDG_STATE_HOME");
        // the XDG spec: a relative path is invalid and must be ignored
        if (stateHome != null && Path.of(stateHome).isAbsolute()) {
            return Path.of(stateHome, APP, "usage");
        }
        String localAppData = environment.apply("LOCALAPPDATA");
        if (localAppData != null && !localAppData.isBlank()) {
            return Path.of(localAppData, APP, "usage");
        }
        return home.resolve(Path.of(".local", "state", APP, "usage"));
    }
}
