package dev.collage.recommendations.ranking;

import dev.collage.recommendations.catalog.Catalog;
import dev.collage.recommendations.catalog.Category;
import dev.collage.recommendations.catalog.Product;
import dev.collage.recommendations.similarity.Neighbour;
import dev.collage.recommendations.similarity.NeighbourIndex;
import dev.collage.recommendations.weather.Weather;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;

/** "You may also like" for a product, and top picks for the home page, both tuned to the weather. */
public final class Recommender {

    public static final int MIN_LIMIT = 1;
    public static final int MAX_LIMIT = 12;
    public static final int DEFAULT_LIMIT = 4;

    /**
     * What a perfect weather fit adds to a similarity (which is 0..1). A little less than
     * sharing a category (0.35): rain lifts a rain jacket's waterproof cousins from other
     * departments above its merely-similar alternatives, but a near-twin (similarity ~0.9)
     * stays on top, because the visitor is still looking at that product.
     */
    static final double WEATHER_WEIGHT = 0.30;

    private final Catalog catalog;
    private final NeighbourIndex neighbours;

    public Recommender(Catalog catalog, NeighbourIndex neighbours) {
        this.catalog = catalog;
        this.neighbours = neighbours;
    }

    /**
     * Up to {@code limit} products like {@code productId}, or top picks when it is empty. A
     * product that is not in the catalog is an {@link Recommendation.UnknownProduct}.
     */
    public Recommendation recommend(Optional<String> productId, int limit, Weather weather) {
        if (limit < MIN_LIMIT || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("limit must be from " + MIN_LIMIT + " to " + MAX_LIMIT + ": " + limit);
        }
        if (productId.isEmpty()) {
            return new Recommendation.Picked(Optional.empty(), weather, topPicks(limit, weather));
        }
        Optional<Product> basis = catalog.find(productId.get());
        if (basis.isEmpty()) {
            return new Recommendation.UnknownProduct(productId.get());
        }
        return new Recommendation.Picked(basis, weather, similarTo(basis.get(), limit, weather));
    }

    private List<Product> similarTo(Product basis, int limit, Weather weather) {
        // List.sort is stable: products with equal scores keep the index's deterministic order.
        var ranked = new ArrayList<>(neighbours.of(basis));
        if (weather.isKnown()) {
            ranked.sort(Comparator.comparingDouble((Neighbour n) -> score(n, weather))
                    .reversed());
        }
        return ranked.stream().limit(limit).map(Neighbour::product).toList();
    }

    private static double score(Neighbour neighbour, Weather weather) {
        return neighbour.similarity() + WEATHER_WEIGHT * weather.fit(neighbour.product());
    }

    /**
     * The best-suited products for the weather, one per category in turn, so the home page
     * shows a jacket, boots and a tent for rain rather than four rain jackets. Without weather,
     * each category's first product in catalog order.
     */
    private List<Product> topPicks(int limit, Weather weather) {
        var remaining = new ArrayList<>(catalog.products());
        remaining.sort(Comparator.comparingDouble(weather::fit).reversed());
        var picks = new ArrayList<Product>(limit);
        while (picks.size() < limit && !remaining.isEmpty()) {
            var categoriesThisRound = EnumSet.noneOf(Category.class);
            var it = remaining.iterator();
            while (it.hasNext() && picks.size() < limit) {
                Product product = it.next();
                if (categoriesThisRound.add(product.category())) {
                    picks.add(product);
                    it.remove();
                }
            }
        }
        return picks;
    }
}
