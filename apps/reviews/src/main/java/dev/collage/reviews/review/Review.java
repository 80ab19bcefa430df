package dev.collage.reviews.review;

import java.time.Instant;

/** A stored review. Text is kept exactly as its author wrote it (trimmed); escaping is the renderer's job. */
public record Review(
        String id, ProductId product, int rating, String title, String body, String author, Instant createdAt) {}
