package org.zhanaozen.kiosk;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The heap bound (packaging/README.md, "Memory") is written in five launchers that cannot share a file: each must
 * carry exactly the options the README documents, or a kiosk started one way would grow without a limit.
 */
class HeapBoundTest {

    private static final List<String> BOUND = List.of("-Xmx512m", "-XX:SoftRefLRUPolicyMSPerMB=100");

    @Test
    void everyWayOfStartingTheKioskSetsTheDocumentedHeapBound() throws IOException {
        assertThat(Files.readString(Path.of("packaging/README.md"))).contains("`" + String.join(" ", BOUND) + "`");
        assertThat(Files.readString(Path.of("pom.xml")))
                .contains(BOUND.stream().map(option -> "<option>" + option + "</option>").toList());
        assertThat(Files.readString(Path.of("kiosk")))
                .containsPattern("(?m)^JAVA_OPTS=\\(" + String.join(" ", BOUND) + "\\)");
        for (String installer : List.of("packaging/build-linux.sh", "packaging/windows/build-windows.ps1",
                "packaging/macos/build-macos.sh")) {
            assertThat(Files.readString(Path.of(installer))).as(installer)
                    .contains(BOUND.stream().map(option -> "--java-options '" + option + "'").toList());
        }
    }
}
