package dev.collage.reviews.review;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A product as the catalog names it. The catalog belongs to another app, so the id is opaque
 * here: any short string of URL-safe characters, never looked up.
 */
public record ProductId(String value) {

    public static final String RULE = "must be 1 to 64 letters, digits, '-' or '_'";
    private static final Pattern SHAPE = Pattern.compile("[A-Za-z0-9_-]{1,64}");

    public ProductId {
        if (value == null || !SHAPE.matcher(value).matches()) {
            throw new IllegalArgumentException("product id " + RULE);
        }
    }

    public static Optional<ProductId> parse(String raw) {
        return raw != null && SHAPE.matcher(raw).matches() ? Optional.of(new ProductId(raw)) : Optional.empty();
    }

    @Override
    public String toString() {
        return value;
    }
}
