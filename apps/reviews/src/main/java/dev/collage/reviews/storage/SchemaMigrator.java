package dev.collage.reviews.storage;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Brings the schema up to the newest migration at start. Applied versions are rows of
 * {@code schema_version}; the pending migrations run in one transaction with their rows, so a
 * failed start leaves the schema as it was and a restart applies nothing twice.
 */
public final class SchemaMigrator {

    private static final Logger log = LoggerFactory.getLogger(SchemaMigrator.class);
    private static final String FOLDER = "db/migration/";

    private final List<Migration> migrations;
    private final Clock clock;

    public SchemaMigrator(List<Migration> migrations, Clock clock) {
        for (int i = 0; i < migrations.size(); i++) {
            if (migrations.get(i).version() != i + 1) {
                throw new IllegalArgumentException("migrations must be numbered 1, 2, 3 ... without gaps");
            }
        }
        this.migrations = List.copyOf(migrations);
        this.clock = clock;
    }

    /** Every migration in {@value #FOLDER}: {@code V1.sql}, {@code V2.sql}, ... up to the first missing number. */
    public static List<Migration> bundled() {
        var found = new ArrayList<Migration>();
        for (int version = 1; ; version++) {
            String resource = FOLDER + "V" + version + ".sql";
            try (InputStream in = SchemaMigrator.class.getClassLoader().getResourceAsStream(resource)) {
                if (in == null) {
                    return found;
                }
                String sql = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                String first = sql.lines().findFirst().orElse("").strip();
                String description = first.startsWith("--") ? first.substring(2).strip() : "V" + version;
                found.add(new Migration(version, description, sql));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + resource, e);
            }
        }
    }

    public int latestVersion() {
        return migrations.size();
    }

    /** Applies what is pending and answers the schema's version afterwards. */
    public int migrate(DataSource dataSource) throws SQLException {
        long started = System.nanoTime();
        try (Connection connection = dataSource.getConnection()) {
            try (var statement = connection.createStatement()) {
                statement.execute(
                        "CREATE TABLE IF NOT EXISTS schema_version ("
                                + "version INTEGER PRIMARY KEY, description VARCHAR(200) NOT NULL, applied_at BIGINT NOT NULL)");
            }
            int before = currentVersion(connection);
            int after;
            try {
                after = applyPending(connection);
            } catch (SQLException e) {
                // a second instance starting at the same moment may have done the work first:
                // its version rows then collide with ours, and the schema is up to date anyway
                if (currentVersion(connection) >= latestVersion()) {
                    log.info("event=schema_migrated_elsewhere version={}", currentVersion(connection));
                    return currentVersion(connection);
                }
                throw e;
            }
            if (after > latestVersion()) {
                log.warn("event=schema_newer_than_app schema={} app={}", after, latestVersion());
            } else if (after != before) {
                log.info(
                        "event=schema_migrated from={} to={} ms={}",
                        before,
                        after,
                        (System.nanoTime() - started) / 1_000_000);
            } else {
                log.info("event=schema_current version={}", after);
            }
            return after;
        }
    }

    private int applyPending(Connection connection) throws SQLException {
        connection.setAutoCommit(false);
        try {
            int current = currentVersion(connection);
            for (Migration migration : migrations) {
                if (migration.version() <= current) {
                    continue;
                }
                try (var statement = connection.createStatement()) {
                    for (String sql : migration.statements()) {
                        statement.execute(sql);
                    }
                }
                try (var insert = connection.prepareStatement(
                        "INSERT INTO schema_version (version, description, applied_at) VALUES (?, ?, ?)")) {
                    insert.setInt(1, migration.version());
                    insert.setString(2, migration.description());
                    insert.setLong(3, clock.millis());
                    insert.executeUpdate();
                }
                current = migration.version();
            }
            connection.commit();
            return current;
        } catch (SQLException | RuntimeException e) {
            connection.rollback();
            throw e;
        } finally {
            connection.setAutoCommit(true);
        }
    }

    /** The highest applied version, 0 for a database no migration has touched. */
    public static int currentVersion(Connection connection) throws SQLException {
        try (var statement = connection.createStatement();
                var rows = statement.executeQuery("SELECT MAX(version) FROM schema_version")) {
            return rows.next() ? rows.getInt(1) : 0;
        }
    }
}
