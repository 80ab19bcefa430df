package dev.collage.shell.fetch;

import java.util.Locale;

/** How one slot of one page ended; written on the slot, counted in metrics, logged. */
public enum Outcome {
    /** The app answered with its fragment. */
    OK,
    /** A cached copy that was still fresh; the app was not called. */
    CACHED,
    /** A cached copy past its freshness that the app allows to be shown (revalidating, or on error). */
    STALE,
    /** The app said the thing the slot shows does not exist (404). */
    NOT_FOUND,
    /** The app did not answer within the slot's deadline. */
    TIMEOUT,
    /** The app failed: refused the connection, reset it, or answered an error status. */
    ERROR,
    /** The app's fragment was larger than the shell accepts. */
    TOO_LARGE,
    /** The app already had as many requests in flight as it may. */
    REJECTED,
    /** The app failed often enough lately that the shell is not calling it for a while. */
    CIRCUIT_OPEN,
    /** The shell has no usable manifest for the app (not up yet, or refused). */
    UNAVAILABLE;

    /** The lower-case, hyphenated name used in HTML attributes, logs and metric labels. */
    public String label() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** Whether this counts against the app in its circuit breaker. */
    public boolean isAppFailure() {
        return this == TIMEOUT || this == ERROR || this == TOO_LARGE;
    }
}
