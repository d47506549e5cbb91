package org.zhanaozen.kiosk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The message bundle and the code agree: no key used that the bundle lacks, no key in the bundle left unused. */
class MessagesTest {

    private static final Pattern USE = Pattern.compile("Messages\\.text\\(\\s*\"([^\"]+)\"");

    @Test
    void everyKeyTheCodeUsesIsInTheBundleAndEveryKeyInTheBundleIsUsed() throws IOException {
        Properties bundle = new Properties();
        try (Reader reader = Files.newBufferedReader(
                Path.of("src/main/resources/org/zhanaozen/kiosk/messages.properties"), StandardCharsets.UTF_8)) {
            bundle.load(reader);
        }
        Set<String> used = new TreeSet<>();
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
            for (Path source : sources.filter(file -> file.toString().endsWith(".java")).toList()) {
                Matcher use = USE.matcher(Files.readString(source));
                while (use.find()) {
                    used.add(use.group(1));
                }
            }
        }

        assertThat(new TreeSet<>(bundle.stringPropertyNames())).isEqualTo(used);
    }
}
