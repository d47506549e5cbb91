package org.zhanaozen.kiosk.map.tiles;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * sqlite-jdbc unpacks its native library into {@code java.io.tmpdir}, which on a locked-down kiosk may be
 * unwritable or mounted noexec. Unless the launcher chose a folder ({@code -Dorg.sqlite.tmpdir}), use one in the
 * kiosk user's own cache.
 */
final class SqliteNativeFolder {

    private static final String PROPERTY = "org.sqlite.tmpdir";

    private SqliteNativeFolder() {
    }

    static synchronized void configure() {
        if (System.getProperty(PROPERTY) != null) {
            return;
        }
        Path folder = Path.of(System.getProperty("user.home"), ".cache", "zhanaozen-kiosk", "sqlite-native");
        try {
            Files.createDirectories(folder);
            if (Files.isWritable(folder)) {
                System.setProperty(PROPERTY, folder.toString());
            }
        } catch (IOException | SecurityException e) {
            // keep sqlite-jdbc's default (java.io.tmpdir); opening the file reports it if that fails too
        }
    }
}
