package dev.collage.reviews.review;

import java.util.List;
import java.util.OptionalDouble;

/**
 * How a product is rated: how many reviews gave each number of stars.
 *
 * @param counts five counts, for 1 to 5 stars
 */
public record RatingSummary(List<Long> counts) {

    public RatingSummary {
        if (counts.size() != ReviewDraft.MAX_RATING) {
            throw new IllegalArgumentException("a summary has one count per star, 1 to 5");
        }
        counts = List.copyOf(counts);
    }

    public static RatingSummary empty() {
        return new RatingSummary(List.of(0L, 0L, 0L, 0L, 0L));
    }

    public long count() {
        return counts.stream().mapToLong(Long::longValue).sum();
    }

    public long countOf(int stars) {
        return counts.get(stars - 1);
    }

    public OptionalDouble average() {
        long count = count();
        if (count == 0) {
            return OptionalDouble.empty();
        }
        long total = 0;
        for (int stars = 1; stars <= ReviewDraft.MAX_RATING; stars++) {
            total += stars * countOf(stars);
        }
        return OptionalDouble.of((double) total / count);
    }
}
