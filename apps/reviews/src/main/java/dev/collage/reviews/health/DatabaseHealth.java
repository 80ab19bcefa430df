package dev.collage.reviews.health;

import dev.collage.reviews.storage.Database;
import dev.collage.reviews.storage.SchemaMigrator;
import dev.collage.sdk.app.Health;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code /health}: up while one cheap query (the schema's version) answers. Details name the
 * backend and the version, never the URL or the credentials.
 */
public final class DatabaseHealth implements Supplier<Health> {

    private static final Logger log = LoggerFactory.getLogger(DatabaseHealth.class);

    private final Database database;

    public DatabaseHealth(Database database) {
        this.database = database;
    }

    @Override
    public Health get() {
        String backend = database.backend().label();
        try (Connection connection = database.dataSource().getConnection()) {
            return Health.up(Map.of("backend", backend, "schemaVersion", SchemaMigrator.currentVersion(connection)));
        } catch (SQLException | RuntimeException e) {
            String state = e instanceof SQLException sql && sql.getSQLState() != null ? sql.getSQLState() : "none";
            log.warn(
                    "event=health_down backend={} error={} sqlstate={}",
                    backend,
                    e.getClass().getSimpleName(),
                    state);
            return new Health(
                    false,
                    Map.of(
                            "backend",
                            backend,
                            "reason",
                            "the database did not answer (" + e.getClass().getSimpleName() + ")"));
        }
    }
}
