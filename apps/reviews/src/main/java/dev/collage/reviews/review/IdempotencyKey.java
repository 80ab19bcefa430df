package dev.collage.reviews.review;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The {@code Idempotency-Key} a client sends so that a retried POST stores its review once
 * (IETF draft "The Idempotency-Key HTTP Header Field"). A UUID fits the shape.
 */
public record IdempotencyKey(String value) {

    public static final String HEADER = "Idempotency-Key";
    public static final String RULE = "must be 8 to 128 letters, digits, '-' or '_'";
    private static final Pattern SHAPE = Pattern.compile("[A-Za-z0-9_-]{8,128}");

    public IdempotencyKey {
        if (value == null || !SHAPE.matcher(value).matches()) {
            throw new IllegalArgumentException(HEADER + " " + RULE);
        }
    }

    public static Optional<IdempotencyKey> parse(String raw) {
        return raw != null && SHAPE.matcher(raw).matches() ? Optional.of(new IdempotencyKey(raw)) : Optional.empty();
    }
}
