package org.zhanaozen.kiosk;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/**
 * JavaFX and sqlite-jdbc unpack native libraries at start, by default under the home folder and the shared temp
 * folder. A locked-down kiosk account may have a read-only home, so before the toolkit starts the kiosk chooses a
 * folder it can write and owns, and points both there, unless the launcher already set them.
 */
final class WritableFolders {

    static final String JAVAFX_CACHE = "javafx.cachedir";
    static final String SQLITE_TMP = "org.sqlite.tmpdir";

    private WritableFolders() {
    }

    /** Sets the two properties in the running JVM; a no-op when no candidate folder is writable. */
    static void apply() {
        apply(System.getenv(), System.getProperties());
    }

    /**
     * Sets each property not already set to a sub-folder of the first writable one of
     * {@link KioskFolders#nativeLibraryFolders()}.
     *
     * @return the folder chosen, or empty when none could be written (the libraries then use their defaults)
     */
    static Optional<Path> apply(Map<String, String> env, Properties properties) {
        if (properties.getProperty(JAVAFX_CACHE) != null && properties.getProperty(SQLITE_TMP) != null) {
            return Optional.empty();
        }
        String user = properties.getProperty("user.name", "user");
        KioskFolders folders = KioskFolders.of(properties.getProperty("os.name", ""), env::get,
                Path.of(properties.getProperty("user.home", ".")), Path.of(properties.getProperty("java.io.tmpdir", ".")),
                user);
        Optional<Path> base = folders.nativeLibraryFolders().stream().filter(folder -> usable(folder, user)).findFirst();
        base.ifPresent(folder -> {
            setIfAbsent(properties, JAVAFX_CACHE, folder.resolve("javafx"));
            setIfAbsent(properties, SQLITE_TMP, folder.resolve("sqlite"));
        });
        return base;
    }

    /**
     * A folder we can create and write, and that no other account owns: a folder in the shared temp folder made by
     * someone else could hold their libraries for us to load.
     */
    private static boolean usable(Path folder, String user) {
        try {
            Files.createDirectories(folder.resolve("javafx"));
            Files.createDirectories(folder.resolve("sqlite"));
            Files.delete(Files.createTempFile(folder, "probe", ".tmp"));
            String owner = Files.getOwner(folder).getName();
            // Windows names the owner DOMAIN\\user.
            return owner.equals(user) || owner.endsWith("\\" + user);
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            return false;
        }
    }

    private static void setIfAbsent(Properties properties, String key, Path value) {
        if (properties.getProperty(key) == null) {
            properties.setProperty(key, value.toString());
        }
    }
}
