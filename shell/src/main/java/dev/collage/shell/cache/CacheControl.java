package dev.collage.shell.cache;

import java.time.Duration;
import java.util.Locale;
import java.util.Optional;

/**
 * The parts of an app's {@code Cache-Control} (RFC 9111, and RFC 5861 for the two stale
 * extensions) that decide whether and how long the shell, a shared cache, may keep a fragment.
 */
record CacheControl(boolean storable, Duration maxAge, Duration staleWhileRevalidate, Duration staleIfError) {

    private static final CacheControl NONE = new CacheControl(false, Duration.ZERO, Duration.ZERO, Duration.ZERO);

    static CacheControl parse(Optional<String> header) {
        if (header.isEmpty()) {
            return NONE;
        }
        boolean storable = true;
        Duration maxAge = null;
        Duration sharedMaxAge = null;
        Duration swr = Duration.ZERO;
        Duration sie = Duration.ZERO;
        for (String part : header.get().toLowerCase(Locale.ROOT).split(",")) {
            String directive = part.strip();
            if (directive.equals("no-store") || directive.equals("private")) {
                storable = false;
            } else if (directive.equals("no-cache")) {
                maxAge = Duration.ZERO;
            } else if (directive.startsWith("s-maxage=")) {
                sharedMaxAge = seconds(directive);
            } else if (directive.startsWith("max-age=") && maxAge == null) {
                maxAge = seconds(directive);
            } else if (directive.startsWith("stale-while-revalidate=")) {
                swr = seconds(directive);
            } else if (directive.startsWith("stale-if-error=")) {
                sie = seconds(directive);
            }
        }
        Duration age = sharedMaxAge != null ? sharedMaxAge : maxAge;
        if (!storable || age == null || age.isZero() && swr.isZero() && sie.isZero()) {
            return NONE;
        }
        return new CacheControl(true, age, swr, sie);
    }

    private static Duration seconds(String directive) {
        try {
            long value = Long.parseLong(directive
                    .substring(directive.indexOf('=') + 1)
                    .replace("\"", "")
                    .strip());
            return Duration.ofSeconds(Math.max(0, Math.min(value, 31_536_000)));
        } catch (NumberFormatException e) {
            return Duration.ZERO;
        }
    }
}
