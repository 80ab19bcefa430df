package dev.collage.shell.fetch;

import java.util.Locale;

/** How one slot of one page ended; written on the slot, counted in metrics, logged. */
public enum Outcome {
    /** The app answered with its fragment. */
    OK,
    /** The app said the thing the slot shows does not exist (404). */
    NOT_FOUND,
    /** The app did not answer within the slot's deadline. */
    TIMEOUT,
    /** The app failed: refused the connection, reset it, or answered an error status. */
    ERROR,
    /** The app's fragment was larger than the shell accepts. */
    TOO_LARGE,
    /** The shell has no usable manifest for the app (not up yet, or refused). */
    UNAVAILABLE;

    /** The lower-case, hyphenated name used in HTML attributes, logs and metric labels. */
    public String label() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
