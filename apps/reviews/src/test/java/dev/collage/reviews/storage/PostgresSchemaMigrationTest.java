package dev.collage.reviews.storage;

import dev.collage.reviews.testing.PostgresCluster;
import dev.collage.reviews.testing.TemporaryPostgres;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(TemporaryPostgres.class)
class PostgresSchemaMigrationTest extends SchemaMigrationContract {

    private final PostgresCluster postgres;

    PostgresSchemaMigrationTest(PostgresCluster postgres) {
        this.postgres = postgres;
    }

    @Override
    protected DatabaseSettings freshDatabase() {
        return new DatabaseSettings.PostgresServer(postgres.newDatabase(), postgres.user(), "");
    }
}
