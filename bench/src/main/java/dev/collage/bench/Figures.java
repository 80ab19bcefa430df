package dev.collage.bench;

import java.util.Locale;

/**
 * What a measuring command prints: one {@code key=value} line per figure, which
 * {@code bench/run} prefixes and collects into the run's measurements file.
 */
public final class Figures {

    private Figures() {}

    public static void print(String key, double value) {
        System.out.println(key + "=" + (Double.isNaN(value) ? "nan" : String.format(Locale.ROOT, "%.2f", value)));
    }

    public static void print(String key, long value) {
        System.out.println(key + "=" + value);
    }

    public static void print(String key, String value) {
        System.out.println(key + "=" + value.replace('\n', ' '));
    }
}
