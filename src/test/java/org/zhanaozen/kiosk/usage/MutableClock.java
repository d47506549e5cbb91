package org.zhanaozen.kiosk.usage;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

/** A clock the test moves by hand, so nothing waits. */
final class MutableClock extends Clock {

    private Instant now;
    private final ZoneId zone;

    MutableClock(String now, ZoneId zone) {
        this.now = Instant.parse(now);
        this.zone = zone;
    }

    void advance(Duration duration) {
        now = now.plus(duration);
    }

    void advanceSeconds(long seconds) {
        advance(Duration.ofSeconds(seconds));
    }

    @Override
    public Instant instant() {
        return now;
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId other) {
        return new MutableClock(now.toString(), other);
    }
}
