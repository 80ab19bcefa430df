package dev.collage.reviews.storage;

import dev.collage.reviews.testing.PostgresCluster;
import dev.collage.reviews.testing.TemporaryPostgres;
import org.junit.jupiter.api.extension.ExtendWith;

/** The repository contract on a real PostgreSQL server started for the test run. */
@ExtendWith(TemporaryPostgres.class)
class PostgresReviewRepositoryTest extends ReviewRepositoryContract {

    private final PostgresCluster postgres;

    PostgresReviewRepositoryTest(PostgresCluster postgres) {
        this.postgres = postgres;
    }

    @Override
    protected DatabaseSettings freshDatabase() {
        return new DatabaseSettings.PostgresServer(postgres.newDatabase(), postgres.user(), "");
    }
}
