package dev.collage.reviews.review;

/** What storing a review did. */
public sealed interface AddOutcome {

    /** Stored now. */
    record Created(Review review) implements AddOutcome {}

    /** The key was seen before with the same review: nothing stored, the first answer repeated. */
    record Replayed(Review review) implements AddOutcome {}

    /** The key was seen before with a different review: nothing stored. */
    record KeyReused(IdempotencyKey key) implements AddOutcome {}
}
