package dev.collage.recommendations.fragment;

import dev.collage.recommendations.catalog.Catalog;
import dev.collage.recommendations.catalog.Product;
import dev.collage.recommendations.ranking.Recommendation;
import dev.collage.recommendations.ranking.Recommender;
import dev.collage.recommendations.web.LogValue;
import dev.collage.recommendations.web.ParamProblem;
import dev.collage.recommendations.web.ProductCards;
import dev.collage.recommendations.web.QueryReader;
import dev.collage.recommendations.web.ShopLocale;
import dev.collage.sdk.context.PodiumContext;
import dev.collage.sdk.view.Views;
import io.javalin.http.Context;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code GET /content?view=header|list&product=&limit=&weather=}: the product page's header
 * ({@code <product-header>}, which carries the page's h1) or the "you may also like" list
 * ({@code <product-recommendations>}). A product that is not in the catalog is a 404, which on
 * a page's primary slot makes the page a 404.
 */
public final class ContentFragment {

    /**
     * A Collage extension: the shell puts the primary fragment's title into the page's
     * {@code <title>}. Percent-encoded UTF-8, because HTTP header values are Latin-1 at best.
     */
    static final String TITLE_HEADER = "collage-title";

    /** The catalog changes only with a release; the shell may keep a fragment for a minute. */
    static final String CACHEABLE = "public, max-age=60";

    private static final Logger log = LoggerFactory.getLogger(ContentFragment.class);

    private final Catalog catalog;
    private final Recommender recommender;
    private final ProductCards cards;
    private final Views views;

    public ContentFragment(Catalog catalog, Recommender recommender, ProductCards cards, Views views) {
        this.catalog = catalog;
        this.recommender = recommender;
        this.cards = cards;
        this.views = views;
    }

    public void content(Context ctx) {
        var context = PodiumContext.from(ctx::header);
        var query = new QueryReader(ctx.queryParamMap());
        // The price is written for the visitor's locale: a cache must keep one copy per locale.
        ctx.header("Vary", "podium-locale");
        Optional<String> view = query.single("view");
        if (view.isPresent() && view.get().equals("header")) {
            header(ctx, context, query);
        } else if (view.isPresent() && view.get().equals("list")) {
            list(ctx, context, query);
        } else if (!query.hasProblems()) {
            badRequest(ctx, List.of(new ParamProblem("view", "view must be header or list")));
        } else {
            badRequest(ctx, query.problems());
        }
    }

    public void fallback(Context ctx) {
        ctx.header("Cache-Control", "public, max-age=3600");
        views.html(ctx, "fallback.jte", "Recommendations are unavailable right now.");
    }

    private void header(Context ctx, PodiumContext context, QueryReader query) {
        Optional<String> productId = query.single("product");
        if (query.hasProblems() || productId.isEmpty()) {
            badRequest(
                    ctx,
                    query.hasProblems()
                            ? query.problems()
                            : List.of(new ParamProblem("product", "product is required with view=header")));
            return;
        }
        Optional<Product> product = catalog.find(productId.get());
        if (product.isEmpty()) {
            notFound(ctx, "header", productId.get());
            return;
        }
        Product p = product.get();
        Locale locale = ShopLocale.from(context.locale());
        var model = new HeaderView(
                context.publicPath("api"),
                locale.toLanguageTag(),
                cards.of(p, locale),
                p.description(),
                p.tags().stream().map(Labels::tag).toList());
        ctx.header(
                        TITLE_HEADER,
                        URLEncoder.encode(p.name(), StandardCharsets.UTF_8).replace("+", "%20"))
                .header("Cache-Control", CACHEABLE);
        views.html(ctx, "header.jte", model);
    }

    private void list(Context ctx, PodiumContext context, QueryReader query) {
        Optional<String> productId = query.single("product");
        int limit = query.wholeNumber("limit", Recommender.MIN_LIMIT, Recommender.MAX_LIMIT, Recommender.DEFAULT_LIMIT);
        var weather = query.weather("weather");
        if (query.hasProblems()) {
            badRequest(ctx, query.problems());
            return;
        }
        Recommendation recommendation = recommender.recommend(productId, limit, weather);
        if (recommendation instanceof Recommendation.UnknownProduct unknown) {
            notFound(ctx, "list", unknown.id());
        } else if (recommendation instanceof Recommendation.Picked picked) {
            Locale locale = ShopLocale.from(context.locale());
            var model = new ListView(
                    context.publicPath("api"),
                    productId.orElse(""),
                    limit,
                    locale.toLanguageTag(),
                    String.join(",", weather.keys()),
                    picked.basis().isPresent() ? "You may also like" : "Top picks",
                    Labels.pickedFor(weather.keys()),
                    picked.items().stream().map(p -> cards.of(p, locale)).toList());
            ctx.header("Cache-Control", CACHEABLE);
            views.html(ctx, "list.jte", model);
        }
    }

    private void notFound(Context ctx, String view, String productId) {
        log.info("event=unknown_product path=/content view={} product={}", view, LogValue.of(productId));
        ctx.status(404).header("Cache-Control", CACHEABLE);
        views.html(ctx, "notFound.jte", view);
    }

    private void badRequest(Context ctx, List<ParamProblem> problems) {
        log.info(
                "event=bad_request path=/content fields={}",
                problems.stream().map(ParamProblem::field).distinct().collect(Collectors.joining(",")));
        ctx.status(400).header("Cache-Control", "no-store");
        views.html(
                ctx,
                "badRequest.jte",
                problems.stream().map(ParamProblem::message).collect(Collectors.joining("; ")));
    }
}
