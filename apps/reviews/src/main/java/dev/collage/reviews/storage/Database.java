package dev.collage.reviews.storage;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import javax.sql.DataSource;

/** A pool of connections to the reviews database, whichever backend it is. */
public final class Database implements AutoCloseable {

    private final HikariDataSource pool;
    private final DatabaseSettings settings;

    private Database(HikariDataSource pool, DatabaseSettings settings) {
        this.pool = pool;
        this.settings = settings;
    }

    /** Opens a pool; fails at once, naming the target, when the database cannot be reached. */
    public static Database open(DatabaseSettings settings) {
        var config = new HikariConfig();
        config.setPoolName("reviews-" + settings.backend().label());
        config.setConnectionTimeout(5_000);
        if (settings instanceof DatabaseSettings.SqliteFile sqlite) {
            configureSqlite(config, sqlite.path());
        } else if (settings instanceof DatabaseSettings.PostgresServer postgres) {
            config.setJdbcUrl(postgres.jdbcUrl());
            config.setUsername(postgres.user());
            config.setPassword(postgres.password());
            config.setMaximumPoolSize(8);
        }
        try {
            return new Database(new HikariDataSource(config), settings);
        } catch (RuntimeException e) {
            // the driver's message may quote the URL; the target is what is safe to say
            throw new IllegalStateException(
                    "cannot open the " + settings.backend().label() + " database at " + settings.target() + " ("
                            + e.getClass().getSimpleName() + ")",
                    e);
        }
    }

    private static void configureSqlite(HikariConfig config, Path path) {
        Path file = path.toAbsolutePath();
        try {
            Files.createDirectories(file.getParent());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the folder of " + file, e);
        }
        config.setJdbcUrl("jdbc:sqlite:" + file);
        var pragmas = new Properties();
        // WAL lets readers go on while one writer writes; the busy timeout makes a second
        // writer wait for the first instead of failing with SQLITE_BUSY
        pragmas.setProperty("journal_mode", "WAL");
        pragmas.setProperty("synchronous", "NORMAL");
        pragmas.setProperty("busy_timeout", "5000");
        // a transaction that reads and then writes would otherwise fail, not wait, on a concurrent writer
        pragmas.setProperty("transaction_mode", "IMMEDIATE");
        config.setDataSourceProperties(pragmas);
        config.setMaximumPoolSize(4);
    }

    public DataSource dataSource() {
        return pool;
    }

    public Backend backend() {
        return settings.backend();
    }

    public String target() {
        return settings.target();
    }

    @Override
    public void close() {
        pool.close();
    }
}
