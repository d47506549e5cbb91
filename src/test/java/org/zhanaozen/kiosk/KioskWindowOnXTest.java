package org.zhanaozen.kiosk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The kiosk in a real window: started as a venue starts it (full screen, {@code org.zhanaozen.kiosk.Launcher}) on a
 * fresh Xvfb screen under Openbox, the window manager the kiosk is deployed with (ICCCM iconify needs one), then
 * minimised from outside with xdotool. It must come back by itself: mapped, full screen, not hidden, and say so in
 * its log. Needs Debian's xvfb, xdotool, openbox, x11-utils and libgtk-3-0; skipped without them.
 */
@Tag(UiTest.TAG)
class KioskWindowOnXTest {

    private static final Duration START_DEADLINE = Duration.ofSeconds(90);
    private static final Duration DEADLINE = Duration.ofSeconds(20);

    private final List<Process> started = new ArrayList<>();

    @AfterEach
    void stopEverythingStarted() throws InterruptedException {
        // the kiosk first, the X server last
        for (int i = started.size() - 1; i >= 0; i--) {
            Process process = started.get(i);
            process.destroy();
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        }
    }

    /** A kiosk on its own X screen under Openbox: the display, the kiosk's window and its log. */
    private record OnScreen(String display, String window, Path log) {

        Map<String, String> env() {
            return Map.of("DISPLAY", display);
        }
    }

    /** Starts an X server, Openbox and the kiosk with these arguments, and waits for its window. */
    private OnScreen kioskOnScreen(Path temp, String... kioskArguments) throws Exception {
        for (String tool : List.of("Xvfb", "xdotool", "openbox", "xprop", "xwininfo", "xdpyinfo")) {
            assumeTrue(onPath(tool), tool + " is not installed: apt-get install xvfb xdotool openbox x11-utils libgtk-3-0");
        }
        assumeTrue(Files.exists(Path.of("/usr/lib/x86_64-linux-gnu/libgtk-3.so.0"))
                        || Files.exists(Path.of("/usr/lib/aarch64-linux-gnu/libgtk-3.so.0")),
                "libgtk-3-0 is not installed (JavaFX needs it on X): apt-get install libgtk-3-0");
        String display = ":" + freeDisplay();
        start(temp.resolve("xvfb.log"), Map.of(), "Xvfb", display, "-screen", "0", "1280x800x24", "-nolisten", "tcp");
        awaitTrue("the X server " + display + " (see " + temp.resolve("xvfb.log") + ")", DEADLINE,
                () -> run(Map.of("DISPLAY", display), "xdpyinfo").exit() == 0);
        start(temp.resolve("openbox.log"), Map.of("DISPLAY", display), "openbox");
        Path log = temp.resolve("kiosk.log");
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", kioskClassPath(), "-Dkiosk.data=" + fixtureContent(temp.resolve("content")),
                "org.zhanaozen.kiosk.Launcher"));
        command.addAll(List.of(kioskArguments));
        start(log, Map.of("DISPLAY", display, "XDG_STATE_HOME", temp.resolve("state").toString(),
                "XDG_CONFIG_HOME", temp.resolve("config").toString()), command.toArray(String[]::new));
        awaitTrue("the kiosk's first frame (see " + log + ")", START_DEADLINE, () -> read(log).contains("First frame"));
        String window = run(Map.of("DISPLAY", display), "xdotool", "search", "--sync", "--name",
                "^" + KioskApplication.TITLE + "$").output().lines().findFirst().orElseThrow();
        return new OnScreen(display, window, log);
    }

    private Process kiosk() {
        return started.get(started.size() - 1);
    }

    @Test
    void aKioskMinimisedByXdotoolComesBackFullScreen(@TempDir Path temp) throws Exception {
        OnScreen kiosk = kioskOnScreen(temp);
        awaitTrue("the kiosk full screen", DEADLINE, () -> isMappedFullScreen(kiosk.display(), kiosk.window()));

        assertThat(run(kiosk.env(), "xdotool", "windowminimize", kiosk.window()).exit()).isZero();

        awaitTrue("the kiosk saying it was minimised (see " + kiosk.log() + ")", DEADLINE,
                () -> read(kiosk.log()).contains("was minimised from outside the kiosk"));
        awaitTrue("the kiosk back on screen, full screen (see " + kiosk.log() + ")", DEADLINE,
                () -> isMappedFullScreen(kiosk.display(), kiosk.window()) && read(kiosk.log()).contains("back on screen"));
        assertThat(kiosk().isAlive()).as("the kiosk is still running").isTrue();
    }

    @Test
    void altF4FromTheWindowManagerDoesNotCloseAKiosk(@TempDir Path temp) throws Exception {
        OnScreen kiosk = kioskOnScreen(temp);
        awaitTrue("the kiosk full screen", DEADLINE, () -> isMappedFullScreen(kiosk.display(), kiosk.window()));

        // Openbox closes the focused window on Alt+F4, as most window managers do (the next test: a rehearsal
        // window closes); then a minimise, which the kiosk answers after the close request that came before it
        assertThat(run(kiosk.env(), "xdotool", "windowactivate", "--sync", kiosk.window(), "key", "alt+F4").exit())
                .isZero();
        assertThat(run(kiosk.env(), "xdotool", "windowminimize", kiosk.window()).exit()).isZero();
        awaitTrue("the kiosk back from the minimise that followed Alt+F4 (see " + kiosk.log() + ")", DEADLINE,
                () -> !kiosk().isAlive() || read(kiosk.log()).contains("back on screen"));

        assertThat(kiosk().isAlive()).as("the kiosk is still running after Alt+F4").isTrue();
        assertThat(isMappedFullScreen(kiosk.display(), kiosk.window())).isTrue();
    }

    @Test
    void altF4ClosesARehearsalWindow(@TempDir Path temp) throws Exception {
        OnScreen kiosk = kioskOnScreen(temp, "--windowed");

        assertThat(run(kiosk.env(), "xdotool", "windowactivate", "--sync", kiosk.window(), "key", "alt+F4").exit())
                .isZero();

        assertThat(kiosk().waitFor(DEADLINE.toSeconds(), TimeUnit.SECONDS)).as("the rehearsal window closed").isTrue();
        assertThat(kiosk().exitValue()).isZero();
    }

    /** Content that is not the exhibit's: what the window does depends on none of it. */
    private static Path fixtureContent(Path folder) {
        org.zhanaozen.kiosk.content.TestContent.writeTo(folder);
        return folder;
    }

    /** The kiosk's own class path, as it ships: without the test classes (whose logging setup writes no console). */
    private static String kioskClassPath() {
        return Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(entry -> !Path.of(entry).endsWith("test-classes"))
                .collect(Collectors.joining(File.pathSeparator));
    }

    private static boolean isMappedFullScreen(String display, String window) {
        String state = run(Map.of("DISPLAY", display), "xprop", "-id", window, "_NET_WM_STATE").output();
        return run(Map.of("DISPLAY", display), "xwininfo", "-id", window).output().contains("IsViewable")
                && state.contains("_NET_WM_STATE_FULLSCREEN") && !state.contains("_NET_WM_STATE_HIDDEN");
    }

    private static boolean onPath(String tool) {
        return Path.of("/usr/bin", tool).toFile().canExecute() || run(Map.of(), "sh", "-c", "command -v " + tool).exit() == 0;
    }

    private static int freeDisplay() {
        int display = 90 + (int) (ProcessHandle.current().pid() % 400);
        while (Files.exists(Path.of("/tmp/.X" + display + "-lock"))) {
            display++;
        }
        return display;
    }

    private void start(Path output, Map<String, String> env, String... command) throws IOException {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile());
        builder.environment().putAll(env);
        started.add(builder.start());
    }

    private record Result(int exit, String output) {
    }

    /** Runs a short X client to its end (10 s at most). */
    private static Result run(Map<String, String> env, String... command) {
        try {
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
            builder.environment().putAll(env);
            Process process = builder.start();
            // read while it runs: a client that fills the pipe would never end
            CompletableFuture<String> output = CompletableFuture.supplyAsync(() -> {
                try {
                    return new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                } catch (IOException e) {
                    return "";
                }
            });
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                return new Result(-1, "");
            }
            return new Result(process.exitValue(), output.get(10, TimeUnit.SECONDS));
        } catch (IOException | ExecutionException | TimeoutException e) {
            return new Result(-1, e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Result(-1, e.toString());
        }
    }

    private static String read(Path file) {
        try {
            return Files.exists(file) ? Files.readString(file) : "";
        } catch (IOException e) {
            return "";
        }
    }

    /** Waits (TestFX's bounded wait) until the condition holds, failing with what was awaited at the deadline. */
    private static void awaitTrue(String what, Duration deadline, BooleanSupplier condition) {
        try {
            WaitForAsyncUtils.waitFor(deadline.toMillis(), TimeUnit.MILLISECONDS, condition::getAsBoolean);
        } catch (TimeoutException late) {
            throw new AssertionError("waited " + deadline.toSeconds() + " s for " + what, late);
        }
    }
}
