package org.zhanaozen.kiosk.frame;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Optional;
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
        PinGuard guard = new PinGuard(Optional.of(PinHash.of("2468".toCharArray())), clock);
        assertThat(guard.attempt("1111".toCharArray())).isEqualTo(PinGuard.Result.WRONG);
        assertThat(guard.attempt("1111".toCharArray())).isEqualTo(PinGuard.Result.WRONG);
        assertThat(guard.lockedFor()).isEmpty();
        assertThat(guard.attempt("1111".toCharArray())).isEqualTo(PinGuard.Result.WRONG);
        assertThat(guard.lockedFor()).contains(Duration.ofSeconds(30));
        assertThat(guard.attempt("2468".toCharArray())).isEqualTo(PinGuard.Result.LOCKED);
        clock.advance(Duration.ofSeconds(30));
        assertThat(guard.attempt("1111".toCharArray())).isEqualTo(PinGuard.Result.WRONG);
        assertThat(guard.lockedFor()).contains(Duration.ofSeconds(60));
        clock.advance(Duration.ofSeconds(60));
        assertThat(guard.attempt("2468".toCharArray())).isEqualTo(PinGuard.Result.ACCEPTED);
        assertThat(guard.wrongInARow()).isZero();
    }

    @Test
    void theGuardWipesTheTypedPin() {
        PinGuard guard = new PinGuard(Optional.of(PinHash.of("2468".toCharArray())), new ManualClock());
        char[] typed = "2468".toCharArray();
        guard.attempt(typed);
        assertThat(new String(typed)).isEqualTo("\0\0\0\0");
    }

    @Test
    void withoutAPinNothingOpens() {
        PinGuard guard = new PinGuard(Optional.empty(), new ManualClock());
        assertThat(guard.isConfigured()).isFalse();
        assertThat(guard.attempt("".toCharArray())).isEqualTo(PinGuard.Result.WRONG);
    }
}
