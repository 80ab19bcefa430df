package dev.collage.recommendations;

import dev.collage.recommendations.api.ProductApi;
import dev.collage.recommendations.api.RecommendationsApi;
import dev.collage.recommendations.catalog.Catalog;
import dev.collage.recommendations.catalog.CatalogReader;
import dev.collage.recommendations.fragment.ContentFragment;
import dev.collage.recommendations.illustration.Illustrator;
import dev.collage.recommendations.ranking.Recommender;
import dev.collage.recommendations.similarity.NeighbourIndex;
import dev.collage.recommendations.similarity.Similarity;
import dev.collage.recommendations.web.PriceFormat;
import dev.collage.recommendations.web.ProductCards;
import dev.collage.sdk.app.Health;
import dev.collage.sdk.app.MicroApp;
import dev.collage.sdk.view.Views;
import io.javalin.Javalin;
import io.javalin.config.RoutesConfig;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The recommendations app put together: its catalog, the similarity index computed from it,
 * and every route it serves. {@link #routes} is the one place routes are registered.
 */
public final class RecommendationsApp {

    private static final Logger log = LoggerFactory.getLogger(RecommendationsApp.class);

    private final MicroApp app;
    private final Javalin server;

    private RecommendationsApp(MicroApp app, Javalin server) {
        this.app = app;
        this.server = server;
    }

    /**
     * Loads and checks the catalog (a broken one throws here, before anything listens), builds
     * the similarity index once, and declares the app. The server is not started.
     */
    public static RecommendationsApp assemble(RecommendationsConfig config) {
        long started = System.nanoTime();
        var reader = new CatalogReader();
        Catalog catalog = config.catalogFile().map(reader::file).orElseGet(reader::bundled);
        var neighbours = NeighbourIndex.build(catalog, new Similarity());
        log.info(
                "event=catalog_ready products={} source={} ms={}",
                catalog.size(),
                config.catalogFile().map(Object::toString).orElse("bundled"),
                (System.nanoTime() - started) / 1_000_000);

        var recommender = new Recommender(catalog, neighbours);
        var prices = new PriceFormat();
        var cards = new ProductCards(new Illustrator(), prices);
        var fragment =
                new ContentFragment(catalog, recommender, cards, Views.precompiled("dev.collage.recommendations.jte"));
        var recommendationsApi = new RecommendationsApi(recommender, cards);
        var productApi = new ProductApi(catalog, prices);

        var app = MicroApp.builder(RecommendationsApp.class)
                .content("/content", fragment::content)
                .fallback("/fallback", fragment::fallback)
                .css("recommendations.css")
                .js("recommendations.js")
                .proxy("api", "/api")
                .health(() -> Health.up(Map.of("products", catalog.size())))
                .build();
        var server = app.server(javalin -> routes(javalin.routes, recommendationsApi, productApi));
        return new RecommendationsApp(app, server);
    }

    /** The app's own routes; {@link MicroApp} adds the contract's (manifest, content, assets, health). */
    private static void routes(RoutesConfig routes, RecommendationsApi recommendations, ProductApi products) {
        routes.get("/api/recommendations", recommendations::recommendations);
        routes.get("/api/products/{id}", products::product);
    }

    /** The not-started server, for tests that start it on port 0. */
    public static Javalin server(RecommendationsConfig config) {
        return assemble(config).server;
    }

    /** Starts on {@code HOST}:{@code PORT} (default {@code defaultPort}) and stops on SIGTERM. */
    public void run(int defaultPort) {
        app.run(server, defaultPort);
    }
}
