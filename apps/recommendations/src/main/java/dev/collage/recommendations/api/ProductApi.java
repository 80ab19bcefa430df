package dev.collage.recommendations.api;

import dev.collage.recommendations.catalog.Catalog;
import dev.collage.recommendations.catalog.Product;
import dev.collage.recommendations.web.PriceFormat;
import dev.collage.recommendations.web.QueryReader;
import dev.collage.recommendations.web.ShopLocale;
import io.javalin.http.Context;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** {@code GET /api/products/{id}?locale=}: one catalog entry. */
public final class ProductApi {

    private static final Logger log = LoggerFactory.getLogger(ProductApi.class);

    private final Catalog catalog;
    private final PriceFormat prices;
    private final JsonAnswer answer = new JsonAnswer();

    record Body(
            String id,
            String name,
            String category,
            List<String> tags,
            BigDecimal price,
            String priceText,
            String description,
            String url) {}

    public ProductApi(Catalog catalog, PriceFormat prices) {
        this.catalog = catalog;
        this.prices = prices;
    }

    public void product(Context ctx) {
        var query = new QueryReader(ctx.queryParamMap());
        Optional<String> id = query.pathProductId("id", ctx.pathParam("id"));
        Locale locale = query.locale("locale").orElse(ShopLocale.DEFAULT);
        if (query.hasProblems() || id.isEmpty()) {
            answer.badRequest(ctx, query.problems());
            return;
        }
        Optional<Product> product = catalog.find(id.get());
        if (product.isEmpty()) {
            log.info("event=unknown_product path=/api/products product={}", id.get());
            answer.notFound(ctx, "id", "no product with id " + id.get());
            return;
        }
        Product p = product.get();
        answer.ok(
                ctx,
                new Body(
                        p.id(),
                        p.name(),
                        p.category().key(),
                        p.tags(),
                        p.price(),
                        prices.format(p.price(), locale),
                        p.description(),
                        p.pagePath()));
    }
}
