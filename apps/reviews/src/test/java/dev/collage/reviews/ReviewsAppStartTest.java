package dev.collage.reviews;

import static dev.collage.reviews.testing.Http.json;
import static org.assertj.core.api.Assertions.assertThat;

import dev.collage.reviews.storage.DatabaseSettings;
import dev.collage.reviews.testing.Http;
import dev.collage.reviews.testing.RunningReviews;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Starting the app: the database file, its schema and the sample reviews. */
class ReviewsAppStartTest {

    @TempDir
    Path dir;

    @Test
    void aFirstStartSeedsReviewsForProductsOneToSixty() throws Exception {
        try (var app = RunningReviews.start(seeded(dir.resolve("reviews.db")))) {
            for (String product : new String[] {"1", "30", "60"}) {
                var list = json(app.http().get("/api/products/" + product + "/reviews"));
                assertThat(list.get("summary").get("count").asInt())
                        .as("product " + product)
                        .isPositive();
            }
            assertThat(json(app.http().get("/api/products/61/reviews"))
                            .get("summary")
                            .get("count")
                            .asInt())
                    .isZero();
        }
    }

    @Test
    void theSampleReviewsAreTheSameOnEveryNewDatabase() throws Exception {
        String first;
        String second;
        try (var app = RunningReviews.start(seeded(dir.resolve("a.db")))) {
            first = app.http().get("/api/products/12/reviews?size=50").body();
        }
        try (var app = RunningReviews.start(seeded(dir.resolve("b.db")))) {
            second = app.http().get("/api/products/12/reviews?size=50").body();
        }
        assertThat(second).isEqualTo(first);
    }

    @Test
    void theSampleReviewsVaryInRating() throws Exception {
        try (var app = RunningReviews.start(seeded(dir.resolve("reviews.db")))) {
            var averages = new java.util.TreeSet<Double>();
            for (int product = 1; product <= 60; product++) {
                averages.add(json(app.http().get("/api/products/" + product + "/reviews"))
                        .get("summary")
                        .get("average")
                        .asDouble());
            }
            assertThat(averages.first()).isLessThan(3.8);
            assertThat(averages.last()).isGreaterThan(4.3);
        }
    }

    @Test
    void aSecondStartKeepsTheSchemaVersionAndDoesNotSeedAgain() throws Exception {
        Path file = dir.resolve("reviews.db");
        int firstCount;
        int firstVersion;
        try (var app = RunningReviews.start(seeded(file))) {
            firstCount = count(app.http(), "5");
            firstVersion = json(app.http().get("/health"))
                    .get("details")
                    .get("schemaVersion")
                    .asInt();
        }
        try (var app = RunningReviews.start(seeded(file))) {
            assertThat(count(app.http(), "5")).isEqualTo(firstCount);
            assertThat(json(app.http().get("/health"))
                            .get("details")
                            .get("schemaVersion")
                            .asInt())
                    .isEqualTo(firstVersion);
        }
        assertThat(versionRows(file)).isEqualTo(firstVersion);
    }

    @Test
    void seedingCanBeTurnedOff() throws Exception {
        try (var app = RunningReviews.onSqlite(dir)) {
            assertThat(count(app.http(), "1")).isZero();
        }
    }

    @Test
    void theSqliteFileIsCreatedWithItsFoldersAndRunsInWalMode() throws Exception {
        Path file = dir.resolve("nested/deeper/reviews.db");
        try (var app = RunningReviews.start(new ReviewsConfig(new DatabaseSettings.SqliteFile(file), false))) {
            assertThat(Files.exists(file)).isTrue();
            try (var connection = DriverManager.getConnection("jdbc:sqlite:" + file);
                    var statement = connection.createStatement();
                    var rows = statement.executeQuery("PRAGMA journal_mode")) {
                rows.next();
                assertThat(rows.getString(1)).isEqualToIgnoringCase("wal");
            }
        }
    }

    private static ReviewsConfig seeded(Path file) {
        return new ReviewsConfig(new DatabaseSettings.SqliteFile(file), true);
    }

    private static int count(Http http, String product) {
        return json(http.get("/api/products/" + product + "/reviews"))
                .get("summary")
                .get("count")
                .asInt();
    }

    private static int versionRows(Path file) throws SQLException {
        try (var connection = DriverManager.getConnection("jdbc:sqlite:" + file);
                var statement = connection.createStatement();
                var rows = statement.executeQuery("SELECT COUNT(*) FROM schema_version")) {
            rows.next();
            return rows.getInt(1);
        }
    }
}
