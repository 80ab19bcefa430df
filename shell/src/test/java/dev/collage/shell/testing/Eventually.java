package dev.collage.shell.testing;

import java.time.Instant;
import java.util.function.BooleanSupplier;

/**
 * Waits for something the shell does in the background (reading a manifest, revalidating a
 * cached fragment): a condition polled until it holds, with a generous bound, never a sleep of
 * a guessed length.
 */
public final class Eventually {

    private Eventually() {}

    public static void awaitUntil(BooleanSupplier condition) {
        Instant giveUp = Instant.now().plusSeconds(10);
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(giveUp)) {
                throw new AssertionError("condition not met within 10 s");
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted while waiting", e);
            }
        }
    }
}
