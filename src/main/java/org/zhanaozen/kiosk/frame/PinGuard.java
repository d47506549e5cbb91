package org.zhanaozen.kiosk.frame;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;

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

    /**
     * Checks the PIN and wipes the array. The hash is worked out on {@code hashing}, since PBKDF2 takes a few hundred
     * milliseconds on purpose and the keypad must not freeze; the count of wrong PINs is kept on {@code fx}, the
     * thread the keypad lives on, where the result arrives.
     */
    public CompletableFuture<Result> attempt(char[] typed, Executor hashing, Executor fx) {
        if (lockedFor().isPresent()) {
            PinHash.wipe(typed);
            return CompletableFuture.completedFuture(Result.LOCKED);
        }
        return CompletableFuture.supplyAsync(() -> {
            try {
                return pin.isPresent() && pin.get().matches(typed);
            } finally {
                PinHash.wipe(typed);
            }
        }, hashing).thenApplyAsync(this::count, fx);
    }

    private Result count(boolean matched) {
        if (matched) {
            wrongInARow = 0;
            return Result.ACCEPTED;
        }
        wrongInARow++;
        if (wrongInARow >= FREE_ATTEMPTS) {
            Duration lock = FIRST_LOCK.multipliedBy(1L << Math.min(10, wrongInARow - FREE_ATTEMPTS));
            lockedUntil = clock.millis() + Math.min(lock.toMillis(), LONGEST_LOCK.toMillis());
        }
        return Result.WRONG;
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
