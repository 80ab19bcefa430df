package dev.collage.reviews;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.collage.reviews.storage.DatabaseSettings;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ReviewsConfigTest {

    @Test
    void withoutSettingsItIsASeededSqliteFileUnderData() {
        var config = ReviewsConfig.fromEnvironment(Map.of());

        assertThat(config.database()).isEqualTo(new DatabaseSettings.SqliteFile(Path.of("data/reviews.db")));
        assertThat(config.seed()).isTrue();
    }

    @Test
    void theSqlitePathComesFromTheEnvironment() {
        var config = ReviewsConfig.fromEnvironment(Map.of("REVIEWS_SQLITE_PATH", "/var/lib/reviews/r.db"));

        assertThat(config.database()).isEqualTo(new DatabaseSettings.SqliteFile(Path.of("/var/lib/reviews/r.db")));
    }

    @Test
    void aJdbcUrlPicksPostgresqlWithItsCredentials() {
        var config = ReviewsConfig.fromEnvironment(Map.of(
                "REVIEWS_JDBC_URL", "jdbc:postgresql://db:5432/reviews",
                "REVIEWS_DB_USER", "reviews",
                "REVIEWS_DB_PASSWORD", "s3cret",
                "REVIEWS_SQLITE_PATH", "ignored.db"));

        assertThat(config.database())
                .isEqualTo(
                        new DatabaseSettings.PostgresServer("jdbc:postgresql://db:5432/reviews", "reviews", "s3cret"));
    }

    @Test
    void theDescriptionOfAPostgresDatabaseNeverShowsCredentials() {
        var settings = new DatabaseSettings.PostgresServer(
                "jdbc:postgresql://db.internal:6543/reviews?user=app&password=hunter2", "app", "s3cret");

        assertThat(settings.target()).isEqualTo("db.internal:6543/reviews");
        assertThat(settings.toString()).doesNotContain("hunter2", "s3cret", "password");
    }

    @Test
    void aJdbcUrlForAnotherDatabaseIsRefused() {
        assertThatThrownBy(() -> ReviewsConfig.fromEnvironment(Map.of("REVIEWS_JDBC_URL", "jdbc:mysql://db/reviews")))
                .hasMessageContaining("REVIEWS_JDBC_URL must start with jdbc:postgresql:");
    }

    @Test
    void seedingCanBeTurnedOff() {
        assertThat(ReviewsConfig.fromEnvironment(Map.of("REVIEWS_SEED", "false"))
                        .seed())
                .isFalse();
        assertThat(ReviewsConfig.fromEnvironment(Map.of("REVIEWS_SEED", "TRUE")).seed())
                .isTrue();
    }

    @Test
    void aSeedFlagThatIsNotTrueOrFalseIsRefused() {
        assertThatThrownBy(() -> ReviewsConfig.fromEnvironment(Map.of("REVIEWS_SEED", "no")))
                .hasMessage("REVIEWS_SEED must be true or false, was 'no'");
    }
}
