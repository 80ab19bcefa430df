package dev.collage.reviews.health;

import static dev.collage.reviews.testing.Http.json;
import static org.assertj.core.api.Assertions.assertThat;

import dev.collage.reviews.storage.Database;
import dev.collage.reviews.storage.DatabaseSettings;
import dev.collage.reviews.storage.SchemaMigrator;
import dev.collage.reviews.testing.RunningReviews;
import dev.collage.reviews.testing.TickingClock;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HealthTest {

    @TempDir
    Path dir;

    @Test
    void healthIsUpNamingTheBackendAndTheSchemaVersion() throws Exception {
        try (var app = RunningReviews.onSqlite(dir)) {
            var response = app.http().get("/health");

            assertThat(response.statusCode()).isEqualTo(200);
            var body = json(response);
            assertThat(body.get("status").asText()).isEqualTo("UP");
            assertThat(body.get("details").get("backend").asText()).isEqualTo("sqlite");
            assertThat(body.get("details").get("schemaVersion").asInt())
                    .isEqualTo(SchemaMigrator.bundled().size());
        }
    }

    @Test
    void healthIsDownWhenTheDatabaseIsGone() throws Exception {
        var database = Database.open(new DatabaseSettings.SqliteFile(dir.resolve("gone.db")));
        new SchemaMigrator(SchemaMigrator.bundled(), new TickingClock()).migrate(database.dataSource());
        var health = new DatabaseHealth(database);
        database.close();

        var report = health.get();

        assertThat(report.isUp()).isFalse();
        assertThat(report.details()).containsEntry("backend", "sqlite").containsKey("reason");
    }
}
