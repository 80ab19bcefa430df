package dev.collage.reviews;

import static dev.collage.reviews.testing.Http.json;
import static dev.collage.reviews.testing.Http.review;
import static org.assertj.core.api.Assertions.assertThat;

import dev.collage.reviews.storage.DatabaseSettings;
import dev.collage.reviews.testing.PostgresCluster;
import dev.collage.reviews.testing.RunningReviews;
import dev.collage.reviews.testing.TemporaryPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The whole app on PostgreSQL, configured the way an operator would. */
@ExtendWith(TemporaryPostgres.class)
class PostgresAppTest {

    private static final String PASSWORD = "never-show-this-7f3k";

    private final PostgresCluster postgres;

    PostgresAppTest(PostgresCluster postgres) {
        this.postgres = postgres;
    }

    @Test
    void reviewsArePostedAndReadBackThroughTheApi() throws Exception {
        try (var app = RunningReviews.start(config(false))) {
            var posted = app.http()
                    .postJson("/api/products/9/reviews", review(5, "Sturdy", "Went up Galdhøpiggen.", "Olav"));

            assertThat(posted.statusCode()).isEqualTo(201);
            var list = json(app.http().get("/api/products/9/reviews"));
            assertThat(list.get("reviews").get(0)).isEqualTo(json(posted));
        }
    }

    @Test
    void healthNamesPostgresqlAndNeverTheUrlOrPassword() throws Exception {
        try (var app = RunningReviews.start(config(false))) {
            var response = app.http().get("/health");

            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(json(response).get("details").get("backend").asText()).isEqualTo("postgresql");
            assertThat(response.body()).doesNotContain(PASSWORD, "jdbc:", "127.0.0.1");
        }
    }

    @Test
    void anEmptyPostgresDatabaseIsSeeded() throws Exception {
        try (var app = RunningReviews.start(config(true))) {
            assertThat(json(app.http().get("/api/products/60/reviews"))
                            .get("summary")
                            .get("count")
                            .asInt())
                    .isPositive();
        }
    }

    private ReviewsConfig config(boolean seed) {
        return new ReviewsConfig(
                new DatabaseSettings.PostgresServer(postgres.newDatabase(), postgres.user(), PASSWORD), seed);
    }
}
