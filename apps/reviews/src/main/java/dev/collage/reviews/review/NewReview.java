package dev.collage.reviews.review;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;

/** A review about to be stored: the draft, stamped with its id and time, and the client's key if it sent one. */
public record NewReview(
        String id, ProductId product, ReviewDraft draft, Instant createdAt, Optional<IdempotencyKey> key) {

    public Review asReview() {
        return new Review(id, product, draft.rating(), draft.title(), draft.body(), draft.author(), createdAt);
    }

    /**
     * What makes two requests "the same review": a key reused for different content is a client
     * bug, not a retry, and must not silently return someone else's review.
     */
    public String fingerprint() {
        try {
            var digest = MessageDigest.getInstance("SHA-256");
            for (String part : new String[] {
                product.value(), Integer.toString(draft.rating()), draft.title(), draft.body(), draft.author()
            }) {
                byte[] bytes = part.getBytes(StandardCharsets.UTF_8);
                // length-prefixed so that ("ab","c") and ("a","bc") differ
                digest.update(Integer.toString(bytes.length).getBytes(StandardCharsets.US_ASCII));
                digest.update((byte) ':');
                digest.update(bytes);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
