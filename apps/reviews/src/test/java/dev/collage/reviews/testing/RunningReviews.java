package dev.collage.reviews.testing;

import dev.collage.reviews.ReviewsApp;
import dev.collage.reviews.ReviewsConfig;
import dev.collage.reviews.storage.DatabaseSettings;
import java.nio.file.Path;
import java.util.Random;

/** The real app on a free port of 127.0.0.1, with a ticking clock and seeded ids. */
public final class RunningReviews implements AutoCloseable {

    private final ReviewsApp app;
    private final Http http;

    private RunningReviews(ReviewsApp app) {
        this.app = app;
        this.http = new Http(app.port());
    }

    /** A fresh SQLite file in {@code dir}, without sample reviews. */
    public static RunningReviews onSqlite(Path dir) throws Exception {
        return start(new ReviewsConfig(new DatabaseSettings.SqliteFile(dir.resolve("reviews.db")), false));
    }

    public static RunningReviews start(ReviewsConfig config) throws Exception {
        return new RunningReviews(
                ReviewsApp.open(config, new TickingClock(), new Random(7)).start("127.0.0.1", 0));
    }

    public Http http() {
        return http;
    }

    public int port() {
        return app.port();
    }

    @Override
    public void close() {
        app.close();
    }
}
