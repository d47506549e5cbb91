package org.zhanaozen.kiosk.frame;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

class PinHashTest {

    @Test
    void aHashRoundTripsThroughItsTextAndMatchesOnlyItsPin() {
        String text = PinHash.of("482915".toCharArray()).toString();
        assertThat(text).startsWith("pbkdf2-sha256$210000$").doesNotContain("482915");
        PinHash read = PinHash.parse(text);
        assertThat(read.matches("482915".toCharArray())).isTrue();
        assertThat(read.matches("482916".toCharArray())).isFalse();
        assertThat(read.toString()).isEqualTo(text);
    }

    @Test
    void everyHashHasItsOwnSalt() {
        assertThat(PinHash.of("1234".toCharArray()).toString()).isNotEqualTo(PinHash.of("1234".toCharArray()).toString());
    }

    @Test
    void malformedHashesAreRejectedWithoutRepeatingThem() {
        assertThatThrownBy(() -> PinHash.parse("1234")).hasMessageContaining("not a PIN hash").hasMessageNotContaining("1234");
        assertThatThrownBy(() -> PinHash.parse("pbkdf2-sha256$many$AAAA$AAAA")).hasMessageContaining("iteration");
        assertThatThrownBy(() -> PinHash.parse("pbkdf2-sha256$210000$!!$??")).hasMessageContaining("Base64");
        assertThatThrownBy(() -> PinHash.parse("pbkdf2-sha256$210000$AAAAAAAAAAA=$AAAA")).hasMessageContaining("cut short");
    }

    @Test
    void onlyFourToTwelveDigitsAreAcceptablePins() {
        assertThat(PinHash.isAcceptablePin("1234")).isTrue();
        assertThat(PinHash.isAcceptablePin("123456789012")).isTrue();
        assertThat(PinHash.isAcceptablePin("123")).isFalse();
        assertThat(PinHash.isAcceptablePin("12a4")).isFalse();
    }

    @Test
    void theGuardLocksAfterThreeWrongPinsAndDoublesTheLock() {
        ManualClock clock = new ManualClock();
        PinGuard guard = new PinGuard(Optional.of(TestPins.hash("2468")), clock);
        assertThat(attempt(guard, "1111")).isEqualTo(PinGuard.Result.WRONG);
        assertThat(attempt(guard, "1111")).isEqualTo(PinGuard.Result.WRONG);
        assertThat(guard.lockedFor()).isEmpty();
        assertThat(attempt(guard, "1111")).isEqualTo(PinGuard.Result.WRONG);
        assertThat(guard.lockedFor()).contains(Duration.ofSeconds(30));
        assertThat(attempt(guard, "2468")).isEqualTo(PinGuard.Result.LOCKED);
        clock.advance(Duration.ofSeconds(30));
        assertThat(attempt(guard, "1111")).isEqualTo(PinGuard.Result.WRONG);
        assertThat(guard.lockedFor()).contains(Duration.ofSeconds(60));
        clock.advance(Duration.ofSeconds(60));
        assertThat(attempt(guard, "2468")).isEqualTo(PinGuard.Result.ACCEPTED);
        assertThat(guard.wrongInARow()).isZero();
    }

    @Test
    void theGuardWipesTheTypedPin() {
        PinGuard guard = new PinGuard(Optional.of(TestPins.hash("2468")), new ManualClock());
        char[] typed = "2468".toCharArray();
        guard.attempt(typed, Runnable::run, Runnable::run).join();
        assertThat(new String(typed)).isEqualTo("\0\0\0\0");
    }

    @Test
    void withoutAPinNothingOpens() {
        PinGuard guard = new PinGuard(Optional.empty(), new ManualClock());
        assertThat(guard.isConfigured()).isFalse();
        assertThat(attempt(guard, "")).isEqualTo(PinGuard.Result.WRONG);
    }

    @Test
    void thePinIsCheckedOnTheHashingExecutorAndCountedOnTheFxOne() {
        PinGuard guard = new PinGuard(Optional.of(TestPins.hash("2468")), new ManualClock());
        List<Runnable> hashing = new ArrayList<>();
        List<Runnable> fx = new ArrayList<>();

        CompletableFuture<PinGuard.Result> result = guard.attempt("1111".toCharArray(), hashing::add, fx::add);

        assertThat(result).isNotDone();
        hashing.remove(0).run();
        assertThat(guard.wrongInARow()).as("counted only on the FX executor").isZero();
        fx.remove(0).run();
        assertThat(result).isCompletedWithValue(PinGuard.Result.WRONG);
        assertThat(guard.wrongInARow()).isOne();
    }

    private static PinGuard.Result attempt(PinGuard guard, String pin) {
        return guard.attempt(pin.toCharArray(), Runnable::run, Runnable::run).join();
    }
}
