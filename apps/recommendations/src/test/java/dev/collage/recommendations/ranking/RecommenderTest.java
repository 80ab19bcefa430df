package dev.collage.recommendations.ranking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.collage.recommendations.catalog.Catalog;
import dev.collage.recommendations.catalog.CatalogReader;
import dev.collage.recommendations.catalog.Product;
import dev.collage.recommendations.similarity.NeighbourIndex;
import dev.collage.recommendations.similarity.Similarity;
import dev.collage.recommendations.weather.Condition;
import dev.collage.recommendations.weather.Weather;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RecommenderTest {

    private static final String SHELL_JACKET = "1";
    private static final String DOWN_PARKA = "3";

    private final Catalog catalog = new CatalogReader().bundled();
    private final Recommender recommender = new Recommender(catalog, NeighbourIndex.build(catalog, new Similarity()));

    @Test
    void rainMovesEveryWaterproofItemUpOrKeepsItsPlace() {
        List<Product> dry = picks(SHELL_JACKET, 12, Weather.unknown());
        List<Product> wet = picks(SHELL_JACKET, 12, weather(Condition.RAIN));

        for (Product product : wet) {
            if (product.hasTag("waterproof") && dry.contains(product)) {
                assertThat(wet.indexOf(product)).as(product.name()).isLessThanOrEqualTo(dry.indexOf(product));
            }
        }
        assertThat(wet).isNotEqualTo(dry);
    }

    @Test
    void rainBringsAWaterproofJacketIntoTheTopFour() {
        var drizzle = catalog.find("2").orElseThrow();
        assertThat(drizzle.hasTag("waterproof")).isTrue();

        assertThat(picks(SHELL_JACKET, 4, Weather.unknown())).doesNotContain(drizzle);
        assertThat(picks(SHELL_JACKET, 4, weather(Condition.RAIN))).contains(drizzle);
    }

    @Test
    void hotWeatherPushesInsulatedGearDown() {
        List<Product> anyWeather = picks(DOWN_PARKA, 12, Weather.unknown());
        List<Product> hot = picks(DOWN_PARKA, 12, weather(Condition.HOT));

        long insulatedBefore =
                anyWeather.stream().filter(p -> p.hasTag("insulated")).count();
        long insulatedAfter = hot.stream().filter(p -> p.hasTag("insulated")).count();
        assertThat(insulatedAfter).isLessThan(insulatedBefore);
    }

    @Test
    void theProductItselfIsNeverRecommendedWhateverTheWeather() {
        var weathers = List.of(
                Weather.unknown(),
                weather(Condition.RAIN),
                weather(Condition.SNOW, Condition.COLD, Condition.WIND),
                weather(Condition.HOT, Condition.SUN));
        for (Product product : catalog.products()) {
            for (Weather weather : weathers) {
                assertThat(picks(product.id(), Recommender.MAX_LIMIT, weather)).doesNotContain(product);
            }
        }
    }

    @Test
    void theSameQuestionGetsTheSameOrder() {
        var other = new Recommender(catalog, NeighbourIndex.build(catalog, new Similarity()));
        var weather = weather(Condition.WIND, Condition.COLD);

        for (Product product : catalog.products()) {
            var first = recommender.recommend(Optional.of(product.id()), 12, weather);
            var second = other.recommend(Optional.of(product.id()), 12, weather);
            assertThat(first).isEqualTo(second);
        }
    }

    @Test
    void theLimitIsTheNumberOfItems() {
        assertThat(picks(SHELL_JACKET, 1, Weather.unknown())).hasSize(1);
        assertThat(picks(SHELL_JACKET, 12, Weather.unknown())).hasSize(12);
    }

    @Test
    void aLimitOutsideOneToTwelveIsAProgrammingError() {
        assertThatThrownBy(() -> recommender.recommend(Optional.empty(), 13, Weather.unknown()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void anUnknownProductIsAnsweredAsUnknown() {
        assertThat(recommender.recommend(Optional.of("999"), 4, Weather.unknown()))
                .isEqualTo(new Recommendation.UnknownProduct("999"));
    }

    @Test
    void topPicksWithoutWeatherShowOneProductPerCategory() {
        List<Product> top = topPicks(9, Weather.unknown());

        assertThat(top).extracting(Product::category).doesNotHaveDuplicates().hasSize(9);
    }

    @Test
    void topPicksForRainAreWaterproofGearFromDifferentCategories() {
        List<Product> top = topPicks(4, weather(Condition.RAIN));

        assertThat(top).allSatisfy(p -> assertThat(p.hasTag("waterproof")).isTrue());
        assertThat(top).extracting(Product::category).doesNotHaveDuplicates();
    }

    @Test
    void topPicksForSunSuitTheSun() {
        assertThat(topPicks(4, weather(Condition.SUN)))
                .allSatisfy(p -> assertThat(Condition.SUN.fit(p)).isEqualTo(1));
    }

    private List<Product> picks(String productId, int limit, Weather weather) {
        var recommendation = recommender.recommend(Optional.of(productId), limit, weather);
        assertThat(recommendation).isInstanceOf(Recommendation.Picked.class);
        return ((Recommendation.Picked) recommendation).items();
    }

    private List<Product> topPicks(int limit, Weather weather) {
        var recommendation = (Recommendation.Picked) recommender.recommend(Optional.empty(), limit, weather);
        assertThat(recommendation.basis()).isEmpty();
        return recommendation.items();
    }

    private static Weather weather(Condition... conditions) {
        return new Weather(Set.of(conditions));
    }
}
