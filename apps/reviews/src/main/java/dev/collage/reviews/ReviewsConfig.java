package dev.collage.reviews;

import dev.collage.reviews.storage.DatabaseSettings;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * What the reviews app is configured with, from environment variables.
 *
 * @param seed whether an empty database gets sample reviews on start
 */
public record ReviewsConfig(DatabaseSettings database, boolean seed) {

    public static final String DEFAULT_SQLITE_PATH = "data/reviews.db";

    /**
     * {@code REVIEWS_JDBC_URL} (with {@code REVIEWS_DB_USER}, {@code REVIEWS_DB_PASSWORD}) picks
     * PostgreSQL; otherwise a SQLite file at {@code REVIEWS_SQLITE_PATH}. {@code REVIEWS_SEED}
     * is {@code true} (default) or {@code false}.
     */
    public static ReviewsConfig fromEnvironment(Map<String, String> env) {
        String jdbcUrl = blankToNull(env.get("REVIEWS_JDBC_URL"));
        DatabaseSettings database;
        if (jdbcUrl != null) {
            if (!jdbcUrl.startsWith(DatabaseSettings.PostgresServer.URL_PREFIX)) {
                throw new IllegalArgumentException("REVIEWS_JDBC_URL must start with "
                        + DatabaseSettings.PostgresServer.URL_PREFIX + " (only PostgreSQL is supported)");
            }
            database = new DatabaseSettings.PostgresServer(
                    jdbcUrl, blankToNull(env.get("REVIEWS_DB_USER")), env.get("REVIEWS_DB_PASSWORD"));
        } else {
            String path = blankToNull(env.get("REVIEWS_SQLITE_PATH"));
            database = new DatabaseSettings.SqliteFile(Path.of(path == null ? DEFAULT_SQLITE_PATH : path));
        }
        return new ReviewsConfig(database, flag(env, "REVIEWS_SEED", true));
    }

    private static boolean flag(Map<String, String> env, String name, boolean otherwise) {
        String raw = blankToNull(env.get(name));
        if (raw == null) {
            return otherwise;
        }
        return switch (raw.toLowerCase(Locale.ROOT)) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new IllegalArgumentException(name + " must be true or false, was '" + raw + "'");
        };
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
