package dev.collage.reviews.api;

import dev.collage.reviews.review.RatingSummary;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** {@code GET /api/products/{id}/reviews}: the summary of all reviews and one page of them. */
record ReviewListJson(
        String product,
        SummaryJson summary,
        String sort,
        int page,
        int size,
        long totalPages,
        List<ReviewJson> reviews) {

    /** {@code average} has one decimal, as shown to visitors, and is null while there is no review. */
    record SummaryJson(long count, Double average, Map<String, Long> histogram) {

        static SummaryJson of(RatingSummary summary) {
            var histogram = new LinkedHashMap<String, Long>();
            for (int stars = 1; stars <= 5; stars++) {
                histogram.put(Integer.toString(stars), summary.countOf(stars));
            }
            Double average =
                    summary.average().isPresent() ? Math.round(summary.average().getAsDouble() * 10) / 10.0 : null;
            return new SummaryJson(summary.count(), average, histogram);
        }
    }
}
