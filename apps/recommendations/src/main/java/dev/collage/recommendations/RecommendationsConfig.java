package dev.collage.recommendations;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * How this app is set up, from the environment.
 *
 * @param catalogFile a catalog JSON file to serve instead of the bundled one
 *     ({@code RECOMMENDATIONS_CATALOG}); empty for the bundled catalog
 */
public record RecommendationsConfig(Optional<Path> catalogFile) {

    public static RecommendationsConfig defaults() {
        return new RecommendationsConfig(Optional.empty());
    }

    /** Reads {@code RECOMMENDATIONS_CATALOG}; {@code HOST} and {@code PORT} are read by the SDK. */
    public static RecommendationsConfig fromEnvironment(Map<String, String> env) {
        String catalog = env.getOrDefault("RECOMMENDATIONS_CATALOG", "").strip();
        return new RecommendationsConfig(catalog.isEmpty() ? Optional.empty() : Optional.of(Path.of(catalog)));
    }
}
