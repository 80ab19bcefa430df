package dev.collage.reviews.testing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicLong;

/** A clock that moves one step forward each time it is read, so every review is newer than the last. */
public final class TickingClock extends Clock {

    public static final Instant START = Instant.parse("2025-06-01T12:00:00Z");

    private final AtomicLong millis;
    private final long step;

    public TickingClock() {
        this(START, Duration.ofMinutes(1));
    }

    public TickingClock(Instant start, Duration step) {
        this.millis = new AtomicLong(start.toEpochMilli());
        this.step = step.toMillis();
    }

    @Override
    public Instant instant() {
        return Instant.ofEpochMilli(millis.getAndAdd(step));
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException("tests read instants only");
    }
}
