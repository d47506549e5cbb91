package org.zhanaozen.kiosk.map.tiles;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zhanaozen.kiosk.UiTest;

/** Loading tiles through Gluon's retriever lookup must never touch the network (the kiosk is offline). */
@Tag(UiTest.TAG)
class NoNetworkTest {

    private static final String[] JAVAFX_HEADLESS_PROPERTIES = {
            "glass.platform", "monocle.platform", "prism.order", "prism.text", "java.awt.headless"};

    @TempDir
    Path folder;

    @Test
    void loadingTilesOpensNoSocket() throws Exception {
        Path file = TestTilesets.png().tile(0, 0, 0, TestTilesets.image(java.awt.Color.RED, 256, "png"))
                .writeTo(folder.resolve("test.mbtiles"));
        assertProbeOpensNoSocket(NoNetworkProbe.class, file);
    }

    @Test
    void usingTheMapScreenOnTheBundledContentOpensNoSocket() throws Exception {
        assertProbeOpensNoSocket(org.zhanaozen.kiosk.map.MapScreenNoNetworkProbe.class, Path.of("data"));
    }

    private void assertProbeOpensNoSocket(Class<?> probeClass, Path argument) throws Exception {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        for (String property : JAVAFX_HEADLESS_PROPERTIES) {
            if (System.getProperty(property) != null) {
                command.add("-D" + property + "=" + System.getProperty(property));
            }
        }
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(probeClass.getName());
        command.add(argument.toString());

        Process probe = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(folder.resolve("probe.log").toFile()).start();

        assertThat(probe.waitFor(60, TimeUnit.SECONDS)).as("probe finished").isTrue();
        assertThat(probe.exitValue())
                .as("exit code (1: a socket was opened, 3: the guard did not work); log:%n%s",
                        java.nio.file.Files.readString(folder.resolve("probe.log")))
                .isZero();
    }
}
