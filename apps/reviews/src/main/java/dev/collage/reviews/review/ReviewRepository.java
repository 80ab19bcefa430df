package dev.collage.reviews.review;

import java.util.List;
import java.util.Optional;

/** Where reviews are kept. One contract, tested the same way against every backend. */
public interface ReviewRepository {

    /**
     * Stores {@code review}, unless its idempotency key was seen before: then nothing is stored
     * and the outcome says whether the earlier review was the same one.
     */
    AddOutcome add(NewReview review);

    List<Review> page(ProductId product, Sort sort, PageRequest page);

    RatingSummary summary(ProductId product);

    Optional<Review> find(ProductId product, String reviewId);

    /** Whether no review of any product is stored yet. */
    boolean isEmpty();
}
