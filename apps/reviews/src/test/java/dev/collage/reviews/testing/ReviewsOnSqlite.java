package dev.collage.reviews.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The real app on a fresh SQLite file for one test class, stopped and its folder deleted after:
 *
 * <pre>{@code @RegisterExtension static final ReviewsOnSqlite reviews = new ReviewsOnSqlite();}</pre>
 */
public final class ReviewsOnSqlite implements BeforeAllCallback, AfterAllCallback {

    private Path dir;
    private RunningReviews app;

    public Http http() {
        return app.http();
    }

    public int port() {
        return app.port();
    }

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        dir = Files.createTempDirectory("reviews-test");
        app = RunningReviews.onSqlite(dir);
    }

    @Override
    public void afterAll(ExtensionContext context) {
        if (app != null) {
            app.close();
        }
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder())
                    .forEach(file -> file.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
