package dev.collage.reviews.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.collage.reviews.review.AddOutcome;
import dev.collage.reviews.review.IdempotencyKey;
import dev.collage.reviews.review.NewReview;
import dev.collage.reviews.review.PageRequest;
import dev.collage.reviews.review.ProductId;
import dev.collage.reviews.review.ReviewDraft;
import dev.collage.reviews.review.Sort;
import dev.collage.reviews.testing.TickingClock;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** How the schema is brought up to date at start, on every backend. */
abstract class SchemaMigrationContract {

    private final Clock clock = new TickingClock();
    private Database database;

    protected abstract DatabaseSettings freshDatabase() throws Exception;

    @BeforeEach
    final void open() throws Exception {
        database = Database.open(freshDatabase());
    }

    @AfterEach
    final void close() {
        database.close();
    }

    @Test
    void anEmptyDatabaseIsMigratedToTheLatestVersion() throws SQLException {
        var migrator = new SchemaMigrator(SchemaMigrator.bundled(), clock);

        assertThat(migrator.migrate(database.dataSource())).isEqualTo(migrator.latestVersion());
        assertThat(migrator.latestVersion()).isGreaterThanOrEqualTo(2);
    }

    @Test
    void migratingAgainChangesNothing() throws SQLException {
        var migrator = new SchemaMigrator(SchemaMigrator.bundled(), clock);
        int first = migrator.migrate(database.dataSource());
        var repository = new SqlReviewRepository(database.dataSource());
        repository.add(review("kept", "seven", Optional.empty()));

        int second = migrator.migrate(database.dataSource());

        assertThat(second).isEqualTo(first);
        assertThat(versionRows()).isEqualTo(first);
        assertThat(repository.summary(new ProductId("seven")).count()).isEqualTo(1);
    }

    @Test
    void aDatabaseAtVersionOneIsMigratedKeepingItsReviews() throws SQLException {
        var all = SchemaMigrator.bundled();
        new SchemaMigrator(all.subList(0, 1), clock).migrate(database.dataSource());
        try (var connection = database.dataSource().getConnection();
                var insert = connection.prepareStatement("INSERT INTO reviews"
                        + " (id, product_id, rating, title, body, author, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            insert.setString(1, "old1");
            insert.setString(2, "seven");
            insert.setInt(3, 4);
            insert.setString(4, "Written before keys");
            insert.setString(5, "Still here after the upgrade.");
            insert.setString(6, "Ola");
            insert.setLong(7, TickingClock.START.toEpochMilli());
            insert.executeUpdate();
        }

        int version = new SchemaMigrator(all, clock).migrate(database.dataSource());

        assertThat(version).isEqualTo(all.size());
        var repository = new SqlReviewRepository(database.dataSource());
        var product = new ProductId("seven");
        assertThat(repository.page(product, Sort.NEWEST, new PageRequest(1, 5)))
                .singleElement()
                .satisfies(review -> assertThat(review.title()).isEqualTo("Written before keys"));
        var key = Optional.of(new IdempotencyKey("after-upgrade-1"));
        assertThat(repository.add(review("new1", "seven", key))).isInstanceOf(AddOutcome.Created.class);
        assertThat(repository.add(review("new2", "seven", key))).isInstanceOf(AddOutcome.Replayed.class);
    }

    @Test
    void aFailingMigrationLeavesTheSchemaAsItWas() throws SQLException {
        var migrations = new ArrayList<>(SchemaMigrator.bundled());
        int latest = new SchemaMigrator(migrations, clock).migrate(database.dataSource());
        migrations.add(new Migration(
                latest + 1,
                "half done",
                "CREATE TABLE half_done (id INTEGER);\nINSERT INTO no_such_table VALUES (1);\n"));

        assertThatThrownBy(() -> new SchemaMigrator(migrations, clock).migrate(database.dataSource()))
                .isInstanceOf(SQLException.class);

        try (var connection = database.dataSource().getConnection()) {
            assertThat(SchemaMigrator.currentVersion(connection)).isEqualTo(latest);
            assertThatThrownBy(() -> {
                        try (var statement = connection.createStatement()) {
                            statement
                                    .executeQuery("SELECT COUNT(*) FROM half_done")
                                    .close();
                        }
                    })
                    .isInstanceOf(SQLException.class);
        }
    }

    private int versionRows() throws SQLException {
        try (var connection = database.dataSource().getConnection();
                var statement = connection.createStatement();
                var rows = statement.executeQuery("SELECT COUNT(*) FROM schema_version")) {
            rows.next();
            return rows.getInt(1);
        }
    }

    private NewReview review(String id, String product, Optional<IdempotencyKey> key) {
        return new NewReview(
                id, new ProductId(product), new ReviewDraft(5, "Title", "Body", "Author"), Instant.now(clock), key);
    }
}
