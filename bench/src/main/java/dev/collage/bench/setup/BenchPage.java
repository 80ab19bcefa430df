package dev.collage.bench.setup;

import java.util.List;

/**
 * A page of the suite: three slots {@code a}, {@code b}, {@code c} in one HTML layout, filled
 * by the named apps in that order. The shell and nginx serve the same list of pages.
 */
public record BenchPage(String path, List<String> apps) {

    public static final List<String> SLOTS = List.of("a", "b", "c");

    public BenchPage {
        apps = List.copyOf(apps);
        if (apps.size() != SLOTS.size()) {
            throw new IllegalArgumentException(path + " needs one app for each of the slots " + SLOTS);
        }
    }

    /** {@code /slow-first} → {@code slow-first}. */
    public String fileName() {
        return path.substring(1);
    }
}
