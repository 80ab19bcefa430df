package dev.collage.reviews.storage;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

/** The repository contract on a real SQLite file. */
class SqliteReviewRepositoryTest extends ReviewRepositoryContract {

    @TempDir
    Path dir;

    @Override
    protected DatabaseSettings freshDatabase() {
        return new DatabaseSettings.SqliteFile(dir.resolve("reviews.db"));
    }
}
