package dev.collage.bench;

import java.time.Duration;

/** Durations as the suite writes them on command lines and in configs: {@code 300ms}, {@code 2s}. */
public final class Durations {

    private Durations() {}

    public static Duration parse(String text) {
        if (text.endsWith("ms")) {
            return Duration.ofMillis(Long.parseLong(text.substring(0, text.length() - 2)));
        }
        if (text.endsWith("s")) {
            return Duration.ofSeconds(Long.parseLong(text.substring(0, text.length() - 1)));
        }
        throw new IllegalArgumentException("not a duration (300ms, 2s): " + text);
    }

    /** The shell's config and nginx's both read {@code 500ms}. */
    public static String format(Duration duration) {
        return duration.toMillis() + "ms";
    }
}
