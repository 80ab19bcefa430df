package dev.collage.recommendations.weather;

import dev.collage.recommendations.catalog.Product;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A weather condition the weather app publishes on {@code weather:conditions}, and the gear
 * that suits it (or clashes with it), by catalog tag.
 */
public enum Condition {
    RAIN("rain", Set.of("waterproof"), Set.of()),
    SNOW("snow", Set.of("insulated", "waterproof", "four-season"), Set.of()),
    COLD("cold", Set.of("insulated"), Set.of()),
    // Heavy insulation is the one thing a shopper clearly does not want on a hot day.
    HOT("hot", Set.of("breathable", "lightweight", "sun-protection"), Set.of("insulated")),
    WIND("wind", Set.of("windproof"), Set.of()),
    SUN("sun", Set.of("sun-protection", "breathable"), Set.of());

    private final String key;
    private final Set<String> suitedTags;
    private final Set<String> clashingTags;

    Condition(String key, Set<String> suitedTags, Set<String> clashingTags) {
        this.key = key;
        this.suitedTags = suitedTags;
        this.clashingTags = clashingTags;
    }

    /** The name on the bus and in the API: {@code rain}. */
    public String key() {
        return key;
    }

    public static Optional<Condition> byKey(String key) {
        return Arrays.stream(values()).filter(c -> c.key.equals(key)).findFirst();
    }

    public static String knownKeys() {
        return Arrays.stream(values()).map(Condition::key).collect(Collectors.joining(", "));
    }

    /** +1 when {@code product} is made for this weather, -1 when it is wrong for it, else 0. */
    public int fit(Product product) {
        if (product.tags().stream().anyMatch(suitedTags::contains)) {
            return 1;
        }
        if (product.tags().stream().anyMatch(clashingTags::contains)) {
            return -1;
        }
        return 0;
    }
}
