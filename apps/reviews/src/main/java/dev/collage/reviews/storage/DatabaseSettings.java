package dev.collage.reviews.storage;

import java.net.URI;
import java.nio.file.Path;

/** Which database to use: a local SQLite file, or a PostgreSQL server. */
public sealed interface DatabaseSettings {

    Backend backend();

    /** Where the data lives, safe to log: never a password, a user or URL parameters. */
    String target();

    record SqliteFile(Path path) implements DatabaseSettings {
        @Override
        public Backend backend() {
            return Backend.SQLITE;
        }

        @Override
        public String target() {
            return path.toString();
        }
    }

    record PostgresServer(String jdbcUrl, String user, String password) implements DatabaseSettings {

        public static final String URL_PREFIX = "jdbc:postgresql:";

        public PostgresServer {
            if (jdbcUrl == null || !jdbcUrl.startsWith(URL_PREFIX)) {
                throw new IllegalArgumentException("a PostgreSQL JDBC URL starts with " + URL_PREFIX);
            }
        }

        @Override
        public Backend backend() {
            return Backend.POSTGRESQL;
        }

        /** {@code host:port/database}: the URL may carry a password in its parameters, so they are dropped. */
        @Override
        public String target() {
            try {
                var uri = URI.create(jdbcUrl.substring("jdbc:".length()));
                String host = uri.getHost() == null ? "?" : uri.getHost();
                String port = uri.getPort() < 0 ? "" : ":" + uri.getPort();
                return host + port + (uri.getPath() == null ? "" : uri.getPath());
            } catch (IllegalArgumentException e) {
                return "postgresql (unparseable URL)";
            }
        }

        @Override
        public String toString() {
            return "PostgresServer[" + target() + "]";
        }
    }
}
