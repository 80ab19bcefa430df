package dev.collage.reviews;

import dev.collage.reviews.api.ApiFailures;
import dev.collage.reviews.api.ReviewsApi;
import dev.collage.reviews.fragment.ReviewsFragment;
import dev.collage.reviews.health.DatabaseHealth;
import dev.collage.reviews.review.ReviewRepository;
import dev.collage.reviews.seed.SampleReviews;
import dev.collage.reviews.storage.Database;
import dev.collage.reviews.storage.SchemaMigrator;
import dev.collage.reviews.storage.SqlReviewRepository;
import dev.collage.reviews.storage.StorageException;
import dev.collage.reviews.writing.DraftReader;
import dev.collage.reviews.writing.ReviewIds;
import dev.collage.reviews.writing.ReviewPosting;
import dev.collage.sdk.app.MicroApp;
import dev.collage.sdk.view.Views;
import io.javalin.Javalin;
import io.javalin.router.EndpointNotFound;
import java.sql.SQLException;
import java.time.Clock;
import java.util.Random;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The reviews app, built and not yet listening: its database (migrated, and seeded when new),
 * its contract routes and its API. Tests start it on port 0; {@link ReviewsMain} on
 * {@code PORT}.
 */
public final class ReviewsApp implements AutoCloseable {

    public static final int DEFAULT_PORT = 7102;
    private static final Logger log = LoggerFactory.getLogger(ReviewsApp.class);

    private final Database database;
    private final MicroApp microApp;
    private final Javalin server;

    private ReviewsApp(Database database, MicroApp microApp, Javalin server) {
        this.database = database;
        this.microApp = microApp;
        this.server = server;
    }

    /**
     * @param clock stamps new reviews
     * @param random makes review ids (a {@code SecureRandom} in production, seeded in tests)
     */
    public static ReviewsApp open(ReviewsConfig config, Clock clock, Random random) throws SQLException {
        Database database = Database.open(config.database());
        try {
            log.info(
                    "event=database_opened backend={} target={}",
                    database.backend().label(),
                    database.target());
            new SchemaMigrator(SchemaMigrator.bundled(), clock).migrate(database.dataSource());
            var repository = new SqlReviewRepository(database.dataSource());
            if (config.seed()) {
                new SampleReviews(repository, clock, new Random(SampleReviews.SEED)).seedIfEmpty();
            }
            return assemble(database, repository, clock, random);
        } catch (SQLException | RuntimeException e) {
            database.close();
            throw e;
        }
    }

    private static ReviewsApp assemble(Database database, ReviewRepository repository, Clock clock, Random random) {
        var fragment = new ReviewsFragment(repository, Views.precompiled("dev.collage.reviews.jte"));
        var api = new ReviewsApi(
                repository, new ReviewPosting(repository, clock, new ReviewIds(random)), new DraftReader());
        var microApp = MicroApp.builder(ReviewsApp.class)
                .content("/content", fragment::content)
                .fallback("/fallback", fragment::fallback)
                .css("reviews.css")
                .js("reviews.js")
                .proxy("api", "/api")
                .health(new DatabaseHealth(database))
                .build();
        var server = microApp.server(config -> {
            config.routes.get("/api/products/{product}/reviews", api::list);
            config.routes.post("/api/products/{product}/reviews", api::create);
            config.routes.get("/api/products/{product}/reviews/{review}", api::show);
            config.routes.exception(EndpointNotFound.class, ApiFailures::unknownPath);
            config.routes.exception(StorageException.class, ApiFailures::storage);
            config.routes.exception(Exception.class, ApiFailures::unexpected);
            config.events.serverStopped(database::close);
        });
        return new ReviewsApp(database, microApp, server);
    }

    public MicroApp microApp() {
        return microApp;
    }

    /** The server, not started. */
    public Javalin server() {
        return server;
    }

    /** Starts listening; port 0 picks a free one, see {@link #port()}. */
    public ReviewsApp start(String host, int port) {
        server.start(host, port);
        return this;
    }

    public int port() {
        return server.port();
    }

    @Override
    public void close() {
        server.stop();
        database.close();
    }
}
