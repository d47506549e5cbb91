package org.zhanaozen.kiosk;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import javafx.scene.Node;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;
import org.zhanaozen.kiosk.frame.KioskFrame;
import org.zhanaozen.kiosk.frame.Navigator;
import org.zhanaozen.kiosk.frame.Screen;

/** The checks behind --smoke-test, on the bundled content, on broken content and on screens that fail to render. */
@Tag(UiTest.TAG)
class SmokeTestTest {

    private static final List<int[]> LANDSCAPE_AND_PORTRAIT = List.of(new int[] {1920, 1080}, new int[] {1080, 1920});
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final PrintStream print = new PrintStream(out, true, StandardCharsets.UTF_8);

    @BeforeAll
    static void startJavaFx() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    private static <T> T onFx(Callable<T> task) throws Exception {
        return WaitForAsyncUtils.asyncFx(task).get();
    }

    @Test
    void theBundledContentPassesAndEveryScreenRendersAtBothSizes() throws Exception {
        List<String> failures = onFx(() -> SmokeTest.check(BundledContent.BUNDLED, LANDSCAPE_AND_PORTRAIT, print));

        assertThat(failures).isEmpty();
        String log = out.toString(StandardCharsets.UTF_8);
        for (Screen screen : ExhibitScreens.create(BundledContent.bundled()).screens()) {
            assertThat(log).contains(screen.id() + " at 1920x1080 rendered").contains(screen.id() + " at 1080x1920 rendered");
        }
    }

    @Test
    void brokenContentFailsAndSaysWhereItIsBroken(@TempDir Path dir) throws Exception {
        BundledContent.copyWith(dir, "events.json", text -> text.replace("\"phase\": \"tragedy\"", "\"phase\": \"tragedyy\""));

        List<String> failures = onFx(() -> SmokeTest.check(dir, LANDSCAPE_AND_PORTRAIT, print));

        assertThat(failures.get(0)).contains("is not valid");
        assertThat(failures).anyMatch(line -> line.matches("events\\.json:\\d+:\\d+: .*tragedyy.*"));
    }

    @Test
    void aScreenThatShowsNothingOrThrowsIsNamedAndTheOthersStillChecked() throws Exception {
        Navigator navigator = ExhibitScreens.create(BundledContent.bundled());
        navigator.register(new FakeScreen("blank", new Pane()));
        navigator.register(new FakeScreen("broken", new Region() {
            @Override
            protected void layoutChildren() {
                throw new IllegalStateException("layout failed");
            }
        }));

        List<String> failures = onFx(() -> SmokeTest.checkScreens(navigator, new KioskFrame(navigator).root(), 1920, 1080, print));

        assertThat(failures).hasSize(2);
        assertThat(failures.get(0)).startsWith("blank at 1920x1080").contains("one flat colour");
        assertThat(failures.get(1)).startsWith("broken at 1920x1080").contains("layout failed");
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("home at 1920x1080 rendered");
    }

    private record FakeScreen(String id, Node view) implements Screen {

        @Override
        public String title() {
            return id;
        }


        @Override
        public void reset() {
        }
    }
}
