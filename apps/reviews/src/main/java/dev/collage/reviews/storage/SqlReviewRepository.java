package dev.collage.reviews.storage;

import dev.collage.reviews.review.AddOutcome;
import dev.collage.reviews.review.IdempotencyKey;
import dev.collage.reviews.review.NewReview;
import dev.collage.reviews.review.PageRequest;
import dev.collage.reviews.review.ProductId;
import dev.collage.reviews.review.RatingSummary;
import dev.collage.reviews.review.Review;
import dev.collage.reviews.review.ReviewRepository;
import dev.collage.reviews.review.Sort;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * Reviews in SQL that SQLite and PostgreSQL both speak: plain types, {@code LIMIT/OFFSET},
 * and {@code INSERT ... ON CONFLICT DO NOTHING} for idempotency keys.
 */
public final class SqlReviewRepository implements ReviewRepository {

    private static final String COLUMNS = "id, product_id, rating, title, body, author, created_at";

    private final DataSource dataSource;

    public SqlReviewRepository(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public AddOutcome add(NewReview review) {
        try (Connection connection = dataSource.getConnection()) {
            // The unique index on the key decides between concurrent retries: exactly one
            // insert stores a row, the others insert nothing and read the winner's.
            int inserted;
            try (var insert = connection.prepareStatement("INSERT INTO reviews (" + COLUMNS
                    + ", idempotency_key, request_fingerprint) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"
                    + " ON CONFLICT (idempotency_key) DO NOTHING")) {
                insert.setString(1, review.id());
                insert.setString(2, review.product().value());
                insert.setInt(3, review.draft().rating());
                insert.setString(4, review.draft().title());
                insert.setString(5, review.draft().body());
                insert.setString(6, review.draft().author());
                insert.setLong(7, review.createdAt().toEpochMilli());
                if (review.key().isPresent()) {
                    insert.setString(8, review.key().get().value());
                    insert.setString(9, review.fingerprint());
                } else {
                    insert.setNull(8, Types.VARCHAR);
                    insert.setNull(9, Types.VARCHAR);
                }
                inserted = insert.executeUpdate();
            }
            if (inserted == 1 || review.key().isEmpty()) {
                return new AddOutcome.Created(review.asReview());
            }
            return earlier(connection, review.key().get(), review.fingerprint());
        } catch (SQLException e) {
            throw new StorageException("cannot store a review of product " + review.product(), e);
        }
    }

    private AddOutcome earlier(Connection connection, IdempotencyKey key, String fingerprint) throws SQLException {
        try (var select = connection.prepareStatement(
                "SELECT " + COLUMNS + ", request_fingerprint FROM reviews WHERE idempotency_key = ?")) {
            select.setString(1, key.value());
            try (ResultSet rows = select.executeQuery()) {
                if (!rows.next()) {
                    throw new SQLException("the review stored with an idempotency key has gone");
                }
                return fingerprint.equals(rows.getString("request_fingerprint"))
                        ? new AddOutcome.Replayed(review(rows))
                        : new AddOutcome.KeyReused(key);
            }
        }
    }

    @Override
    public List<Review> page(ProductId product, Sort sort, PageRequest page) {
        String sql = "SELECT " + COLUMNS + " FROM reviews WHERE product_id = ? ORDER BY " + orderBy(sort)
                + " LIMIT ? OFFSET ?";
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement(sql)) {
            select.setString(1, product.value());
            select.setInt(2, page.size());
            select.setLong(3, page.offset());
            try (ResultSet rows = select.executeQuery()) {
                var reviews = new ArrayList<Review>();
                while (rows.next()) {
                    reviews.add(review(rows));
                }
                return reviews;
            }
        } catch (SQLException e) {
            throw new StorageException("cannot read reviews of product " + product, e);
        }
    }

    private static String orderBy(Sort sort) {
        // ties go to the newer review, then to the id, so paging never repeats or skips a row
        String newest = "created_at DESC, id DESC";
        if (sort == Sort.HIGHEST) {
            return "rating DESC, " + newest;
        }
        if (sort == Sort.LOWEST) {
            return "rating ASC, " + newest;
        }
        return newest;
    }

    @Override
    public RatingSummary summary(ProductId product) {
        try (Connection connection = dataSource.getConnection();
                var select = connection.prepareStatement(
                        "SELECT rating, COUNT(*) FROM reviews WHERE product_id = ? GROUP BY rating")) {
            select.setString(1, product.value());
            Long[] counts = new Long[5];
            Arrays.fill(counts, 0L);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    counts[rows.getInt(1) - 1] = rows.getLong(2);
                }
            }
            return new RatingSummary(Arrays.asList(counts));
        } catch (SQLException e) {
            throw new StorageException("cannot summarise reviews of product " + product, e);
        }
    }

    @Override
    public Optional<Review> find(ProductId product, String reviewId) {
        try (Connection connection = dataSource.getConnection();
                var select = connection.prepareStatement(
                        "SELECT " + COLUMNS + " FROM reviews WHERE product_id = ? AND id = ?")) {
            select.setString(1, product.value());
            select.setString(2, reviewId);
            try (ResultSet rows = select.executeQuery()) {
                return rows.next() ? Optional.of(review(rows)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new StorageException("cannot read a review of product " + product, e);
        }
    }

    @Override
    public boolean isEmpty() {
        try (Connection connection = dataSource.getConnection();
                var select = connection.createStatement();
                ResultSet rows = select.executeQuery("SELECT 1 FROM reviews LIMIT 1")) {
            return !rows.next();
        } catch (SQLException e) {
            throw new StorageException("cannot read the reviews table", e);
        }
    }

    private static Review review(ResultSet rows) throws SQLException {
        return new Review(
                rows.getString("id"),
                new ProductId(rows.getString("product_id")),
                rows.getInt("rating"),
                rows.getString("title"),
                rows.getString("body"),
                rows.getString("author"),
                Instant.ofEpochMilli(rows.getLong("created_at")));
    }
}
