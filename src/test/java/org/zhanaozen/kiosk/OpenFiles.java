package org.zhanaozen.kiosk;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** The files this JVM holds open, as Linux lists them in /proc/self/fd (tests that need it skip elsewhere). */
public final class OpenFiles {

    private static final Path FD_FOLDER = Path.of("/proc/self/fd");

    private OpenFiles() {
    }

    /** How many handles this JVM has open on the file. */
    public static long on(Path file) throws IOException {
        assumeTrue(Files.isDirectory(FD_FOLDER), "counts the open files in /proc/self/fd, which only Linux has");
        Path real = file.toRealPath();
        try (Stream<Path> open = Files.list(FD_FOLDER)) {
            return open.filter(fd -> {
                try {
                    return Files.readSymbolicLink(fd).equals(real);
                } catch (IOException gone) {
                    return false;
                }
            }).count();
        }
    }
}
