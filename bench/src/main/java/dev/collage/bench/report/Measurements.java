package dev.collage.bench.report;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.OptionalDouble;
import java.util.Properties;

/** The figures of one run, as {@code bench/run} collected them: {@code key=value} lines. */
final class Measurements {

    private final Properties values = new Properties();

    static Measurements read(Path file) throws IOException {
        var measurements = new Measurements();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            measurements.values.load(in);
        }
        return measurements;
    }

    OptionalDouble number(String key) {
        String value = values.getProperty(key);
        if (value == null) {
            return OptionalDouble.empty();
        }
        try {
            double number = Double.parseDouble(value.strip());
            return Double.isNaN(number) ? OptionalDouble.empty() : OptionalDouble.of(number);
        } catch (NumberFormatException notANumber) {
            return OptionalDouble.empty();
        }
    }

    String text(String key) {
        return values.getProperty(key, "").strip();
    }

    boolean has(String key) {
        return values.containsKey(key);
    }

    /** A figure for a table: fixed decimals, or "–" when the run has none. */
    String format(String key, int decimals) {
        return format(number(key), decimals);
    }

    static String format(OptionalDouble value, int decimals) {
        if (value.isEmpty()) {
            return "–";
        }
        return String.format(Locale.ROOT, "%,." + decimals + "f", value.getAsDouble());
    }
}
