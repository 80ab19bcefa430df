package dev.collage.recommendations.ranking;

import dev.collage.recommendations.catalog.Product;
import dev.collage.recommendations.weather.Weather;
import java.util.List;
import java.util.Optional;

/** What {@link Recommender} answers: the picks, or the product it was asked about does not exist. */
public sealed interface Recommendation permits Recommendation.Picked, Recommendation.UnknownProduct {

    /**
     * @param basis the product the picks are like; empty for top picks
     * @param items best first, never {@code basis} itself
     */
    record Picked(Optional<Product> basis, Weather weather, List<Product> items) implements Recommendation {
        public Picked {
            items = List.copyOf(items);
        }
    }

    record UnknownProduct(String id) implements Recommendation {}
}
