package org.zhanaozen.kiosk;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WritableFoldersTest {

    @TempDir
    Path dir;

    private Properties properties(Path home, Path tmp) {
        Properties properties = new Properties();
        properties.setProperty("user.home", home.toString());
        properties.setProperty("java.io.tmpdir", tmp.toString());
        properties.setProperty("user.name", System.getProperty("user.name"));
        return properties;
    }

    /** A path under a regular file: no account, not even root, can create a folder there. */
    private Path unwritable(String name) throws IOException {
        return Files.writeString(dir.resolve(name), "not a folder").resolve("inside");
    }

    @Test
    void prefersTheRuntimeFolderAndCreatesBothSubfolders() throws IOException {
        Path runtime = Files.createDirectories(dir.resolve("run-user"));
        Properties properties = properties(dir.resolve("home"), dir.resolve("tmp"));

        assertThat(WritableFolders.apply(Map.of("XDG_RUNTIME_DIR", runtime.toString()), properties))
                .contains(runtime.resolve("zhanaozen-kiosk"));

        assertThat(properties.getProperty(WritableFolders.JAVAFX_CACHE))
                .isEqualTo(runtime.resolve("zhanaozen-kiosk/javafx").toString());
        assertThat(properties.getProperty(WritableFolders.SQLITE_TMP))
                .isEqualTo(runtime.resolve("zhanaozen-kiosk/sqlite").toString());
        assertThat(runtime.resolve("zhanaozen-kiosk/javafx")).isDirectory();
        assertThat(runtime.resolve("zhanaozen-kiosk/sqlite")).isDirectory();
    }

    @Test
    void aReadOnlyHomeFallsBackToAPerUserFolderInTheTempFolder() throws IOException {
        Path tmp = Files.createDirectories(dir.resolve("tmp"));
        Properties properties = properties(unwritable("home"), tmp);

        WritableFolders.apply(Map.of(), properties);

        Path expected = tmp.resolve("zhanaozen-kiosk-" + System.getProperty("user.name"));
        assertThat(properties.getProperty(WritableFolders.JAVAFX_CACHE)).isEqualTo(expected.resolve("javafx").toString());
        assertThat(properties.getProperty(WritableFolders.SQLITE_TMP)).isEqualTo(expected.resolve("sqlite").toString());
    }

    @Test
    void leavesFoldersTheLauncherAlreadySet() throws IOException {
        Properties properties = properties(Files.createDirectories(dir.resolve("home")), dir.resolve("tmp"));
        properties.setProperty(WritableFolders.JAVAFX_CACHE, "/opt/cache");

        WritableFolders.apply(Map.of(), properties);

        assertThat(properties.getProperty(WritableFolders.JAVAFX_CACHE)).isEqualTo("/opt/cache");
        assertThat(properties.getProperty(WritableFolders.SQLITE_TMP))
                .isEqualTo(dir.resolve("home/.cache/zhanaozen-kiosk/sqlite").toString());
    }

    @Test
    void whenNothingIsWritableTheLibrariesKeepTheirDefaults() throws IOException {
        Properties properties = properties(unwritable("home"), unwritable("tmp"));

        assertThat(WritableFolders.apply(Map.of("XDG_RUNTIME_DIR", unwritable("run").toString()), properties)).isEmpty();

        assertThat(properties.getProperty(WritableFolders.JAVAFX_CACHE)).isNull();
        assertThat(properties.getProperty(WritableFolders.SQLITE_TMP)).isNull();
    }
}
