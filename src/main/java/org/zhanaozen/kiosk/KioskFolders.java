package org.zhanaozen.kiosk;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/**
 * Where the kiosk keeps its files on this machine: the one place that decides it, per platform.
 *
 * <ul>
 *   <li>Linux, macOS and others, as the XDG base directories say: settings in {@code $XDG_CONFIG_HOME} (else
 *       {@code ~/.config}), logs and usage in {@code $XDG_STATE_HOME} (else {@code ~/.local/state}).</li>
 *   <li>Windows: settings in {@code %APPDATA%} (roaming, like any user setting), logs and usage in
 *       {@code %LOCALAPPDATA%} (this machine's state).</li>
 *   <li>On every platform an XDG variable that is set to an absolute path wins (a relative one is invalid and
 *       ignored, as the XDG spec says), so one run can be given folders of its own.</li>
 * </ul>
 *
 * @param config              the settings file read unless {@code --config} names another
 * @param logs                where {@code kiosk.log} goes unless {@code log.folder} says otherwise
 * @param usage               the usage log's folder
 * @param nativeLibraryFolders where JavaFX and sqlite-jdbc may unpack their native libraries, best first
 */
public record KioskFolders(Path config, Path logs, Path usage, List<Path> nativeLibraryFolders) {

    static final String APP = "zhanaozen-kiosk";

    public KioskFolders {
        nativeLibraryFolders = List.copyOf(nativeLibraryFolders);
    }

    /** The folders of the account the kiosk runs under. */
    public static KioskFolders ofThisMachine() {
        return of(System.getProperty("os.name", ""), System::getenv, Path.of(System.getProperty("user.home")),
                Path.of(System.getProperty("java.io.tmpdir")), System.getProperty("user.name", "user"));
    }

    /** The folders for this platform ({@code os.name}), environment, home, temp folder and user. */
    static KioskFolders of(String osName, Function<String, String> environment, Path home, Path temp, String user) {
        boolean windows = osName.toLowerCase(Locale.ROOT).startsWith("windows");
        Path configBase = xdg(environment, "XDG_CONFIG_HOME").orElseGet(() -> windows
                ? set(environment, "APPDATA").orElseGet(() -> home.resolve(Path.of("AppData", "Roaming")))
                : home.resolve(".config"));
        Path stateBase = xdg(environment, "XDG_STATE_HOME").orElseGet(() -> windows
                ? localAppData(environment, home)
                : home.resolve(Path.of(".local", "state")));
        List<Path> natives = new ArrayList<>();
        // a private tmpfs on Linux, then this machine's own folders, then a per-user folder in the shared temp folder
        xdg(environment, "XDG_RUNTIME_DIR").ifPresent(runtime -> natives.add(runtime.resolve(APP)));
        if (windows) {
            natives.add(localAppData(environment, home).resolve(APP).resolve("cache"));
        } else {
            natives.add(xdg(environment, "XDG_CACHE_HOME").orElseGet(() -> home.resolve(".cache")).resolve(APP));
        }
        natives.add(temp.resolve(APP + "-" + user));
        return new KioskFolders(configBase.resolve(APP).resolve("kiosk.properties"),
                stateBase.resolve(APP).resolve("logs"), stateBase.resolve(APP).resolve("usage"), natives);
    }

    private static Path localAppData(Function<String, String> environment, Path home) {
        return set(environment, "LOCALAPPDATA").orElseGet(() -> home.resolve(Path.of("AppData", "Local")));
    }

    private static Optional<Path> xdg(Function<String, String> environment, String variable) {
        return set(environment, variable).filter(Path::isAbsolute);
    }

    private static Optional<Path> set(Function<String, String> environment, String variable) {
        String value = environment.apply(variable);
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(Path.of(value));
    }
}
