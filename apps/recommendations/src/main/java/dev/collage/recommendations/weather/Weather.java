package dev.collage.recommendations.weather;

import dev.collage.recommendations.catalog.Product;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/** The conditions a visitor is shopping for; none when the weather is not known. */
public record Weather(Set<Condition> conditions) {

    public Weather {
        conditions = Set.copyOf(conditions);
    }

    public static Weather unknown() {
        return new Weather(Set.of());
    }

    public boolean isKnown() {
        return !conditions.isEmpty();
    }

    /** The conditions in a fixed order (rain, snow, cold, hot, wind, sun), as the API lists them. */
    public List<String> keys() {
        return Arrays.stream(Condition.values())
                .filter(conditions::contains)
                .map(Condition::key)
                .toList();
    }

    /**
     * How well {@code product} suits this weather, from -1 to 1: the mean of its fit to each
     * condition, so gear for rain AND cold beats gear that is only waterproof. 0 when unknown.
     */
    public double fit(Product product) {
        return conditions.stream().mapToInt(c -> c.fit(product)).average().orElse(0.0);
    }
}
