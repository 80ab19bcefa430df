package dev.collage.shell.cache;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/** A fragment kept by the shell, with what its app said about how long it may be shown. */
public record CachedFragment(
        String html,
        String version,
        Optional<String> title,
        Instant storedAt,
        Duration maxAge,
        Duration staleWhileRevalidate,
        Duration staleIfError) {

    /** Fresh: shown without asking the app. */
    public boolean isFresh(Instant now) {
        return age(now).compareTo(maxAge) < 0;
    }

    /** Stale, but may be shown while the shell fetches a new copy in the background. */
    public boolean mayServeWhileRevalidating(Instant now) {
        return age(now).compareTo(maxAge.plus(staleWhileRevalidate)) < 0;
    }

    /** Stale, but may be shown in place of the app's answer when the app fails. */
    public boolean mayServeOnError(Instant now) {
        return age(now).compareTo(maxAge.plus(staleIfError)) < 0;
    }

    /** How long it is worth keeping at all. */
    Duration lifetime() {
        return maxAge.plus(staleWhileRevalidate.compareTo(staleIfError) > 0 ? staleWhileRevalidate : staleIfError);
    }

    int weightInBytes() {
        return 64
                + 2
                        * (html.length()
                                + version.length()
                                + title.map(String::length).orElse(0));
    }

    private Duration age(Instant now) {
        return Duration.between(storedAt, now);
    }
}
