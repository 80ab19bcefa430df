package dev.collage.recommendations.api;

import dev.collage.recommendations.ranking.Recommendation;
import dev.collage.recommendations.ranking.Recommender;
import dev.collage.recommendations.web.ProductCard;
import dev.collage.recommendations.web.ProductCards;
import dev.collage.recommendations.web.QueryReader;
import dev.collage.recommendations.web.ShopLocale;
import io.javalin.http.Context;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code GET /api/recommendations?product=&limit=&weather=&locale=}: products like one product
 * (or top picks without one), re-ranked for the weather the visitor's page shows.
 */
public final class RecommendationsApi {

    private static final Logger log = LoggerFactory.getLogger(RecommendationsApi.class);

    private final Recommender recommender;
    private final ProductCards cards;
    private final JsonAnswer answer = new JsonAnswer();

    /** The answer: {@code product} is null for top picks; {@code weather} lists what was applied. */
    record Body(String product, List<String> weather, List<ProductCard> items) {}

    public RecommendationsApi(Recommender recommender, ProductCards cards) {
        this.recommender = recommender;
        this.cards = cards;
    }

    public void recommendations(Context ctx) {
        var query = new QueryReader(ctx.queryParamMap());
        Optional<String> product = query.productId("product");
        int limit = query.wholeNumber("limit", Recommender.MIN_LIMIT, Recommender.MAX_LIMIT, Recommender.DEFAULT_LIMIT);
        var weather = query.weather("weather");
        Locale locale = query.locale("locale").orElse(ShopLocale.DEFAULT);
        if (query.hasProblems()) {
            log.info(
                    "event=bad_request path=/api/recommendations fields={}",
                    String.join(
                            ",",
                            query.problems().stream()
                                    .map(p -> p.field())
                                    .distinct()
                                    .toList()));
            answer.badRequest(ctx, query.problems());
            return;
        }
        Recommendation recommendation = recommender.recommend(product, limit, weather);
        if (recommendation instanceof Recommendation.UnknownProduct unknown) {
            log.info("event=unknown_product path=/api/recommendations product={}", unknown.id());
            answer.notFound(ctx, "product", "no product with id " + unknown.id());
        } else if (recommendation instanceof Recommendation.Picked picked) {
            var items = picked.items().stream().map(p -> cards.of(p, locale)).toList();
            answer.ok(ctx, new Body(product.orElse(null), picked.weather().keys(), items));
        }
    }
}
