package dev.collage.reviews.api;

import dev.collage.reviews.review.Review;

/** A review as the API shows it; {@code createdAt} is ISO 8601 in UTC. */
record ReviewJson(String id, int rating, String title, String body, String author, String createdAt) {

    static ReviewJson of(Review review) {
        return new ReviewJson(
                review.id(),
                review.rating(),
                review.title(),
                review.body(),
                review.author(),
                review.createdAt().toString());
    }
}
