package org.zhanaozen.kiosk.frame;

import java.time.Duration;
import java.util.Optional;

/**
 * Checks PINs typed on the keypad and slows down guessing: after {@value #FREE_ATTEMPTS} wrong PINs in a row the
 * keypad locks for 30 s, and each further wrong PIN doubles the lock (up to 16 min). A right PIN clears the count.
 * With no PIN configured nothing opens.
 */
public final class PinGuard {

    static final int FREE_ATTEMPTS = 3;
    private static final Duration FIRST_LOCK = Duration.ofSeconds(30);
    private static final Duration LONGEST_LOCK = Duration.ofMinutes(16);

    public enum Result { ACCEPTED, WRONG, LOCKED }

    private final Optional<PinHash> pin;
    private final KioskClock clock;
    private int wrongInARow;
    private long lockedUntil;

    public PinGuard(Optional<PinHash> pin, KioskClock clock) {
        this.pin = pin;
        this.clock = clock;
        this.lockedUntil = clock.millis();
    }

    /** Whether a PIN is configured at all. */
    public boolean isConfigured() {
        return pin.isPresent();
    }

    /** Checks the PIN and wipes the array. */
    public Result attempt(char[] typed) {
        try {
            if (lockedFor().isPresent()) {
                return Result.LOCKED;
            }
            if (pin.isPresent() && pin.get().matches(typed)) {
                wrongInARow = 0;
                return Result.ACCEPTED;
            }
            wrongInARow++;
            if (wrongInARow >= FREE_ATTEMPTS) {
                Duration lock = FIRST_LOCK.multipliedBy(1L << Math.min(10, wrongInARow - FREE_ATTEMPTS));
                lockedUntil = clock.millis() + Math.min(lock.toMillis(), LONGEST_LOCK.toMillis());
            }
            return Result.WRONG;
        } finally {
            PinHash.wipe(typed);
        }
    }

    /** How long the keypad stays locked, if it is locked now. */
    public Optional<Duration> lockedFor() {
        long left = lockedUntil - clock.millis();
        return left > 0 ? Optional.of(Duration.ofMillis(left)) : Optional.empty();
    }

    public int wrongInARow() {
        return wrongInARow;
    }
}
