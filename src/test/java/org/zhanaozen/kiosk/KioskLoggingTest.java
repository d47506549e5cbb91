package org.zhanaozen.kiosk;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

class KioskLoggingTest {

    private static final Logger LOG = LoggerFactory.getLogger(KioskLoggingTest.class);

    @Test
    void logsGoToAFileInTheFolderAndErrorsAreKeptForTheStaffMenu(@TempDir Path dir) throws Exception {
        KioskLogging logging = KioskLogging.start(dir.resolve("logs"));
        try {
            LOG.info("a line for the file");
            LOG.error("something broke", new IllegalStateException("the cause"));
            assertThat(logging.file()).contains(dir.resolve("logs").resolve("kiosk.log"));
            String text = Files.readString(logging.file().orElseThrow());
            assertThat(text).contains("a line for the file").contains("something broke")
                    .contains("java.lang.IllegalStateException: the cause").contains("\tat ");
            assertThat(logging.recentErrors().lines()).singleElement().asString()
                    .endsWith("KioskLoggingTest: something broke (java.lang.IllegalStateException: the cause)");
        } finally {
            logging.stop();
        }
    }

    @Test
    void aFolderThatCannotBeWrittenLeavesTheConsoleAndNeverStopsTheKiosk(@TempDir Path dir) throws Exception {
        Path notAFolder = Files.writeString(dir.resolve("file"), "");
        KioskLogging logging = KioskLogging.start(notAFolder.resolve("logs"));
        try {
            assertThat(logging.file()).isEmpty();
            LOG.error("still logged");
            assertThat(logging.recentErrors().lines()).hasSize(1);
        } finally {
            logging.stop();
        }
    }

    @Test
    void onlyTheLastTwentyErrorsAreKept() {
        KioskLogging logging = KioskLogging.start(Path.of("/proc/no-such-folder"));
        try {
            for (int i = 1; i <= 25; i++) {
                LOG.error("error {}", i);
            }
            assertThat(logging.recentErrors().lines()).hasSize(RecentErrors.CAPACITY);
            assertThat(logging.recentErrors().lines().get(0)).endsWith("error 6");
        } finally {
            logging.stop();
        }
    }
}
