package dev.collage.reviews.storage;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

class SqliteSchemaMigrationTest extends SchemaMigrationContract {

    @TempDir
    Path dir;

    @Override
    protected DatabaseSettings freshDatabase() {
        return new DatabaseSettings.SqliteFile(dir.resolve("reviews.db"));
    }
}
