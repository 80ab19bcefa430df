package dev.collage.reviews.fragment;

import dev.collage.reviews.review.ProductId;
import dev.collage.reviews.review.RatingSummary;
import dev.collage.reviews.review.Review;
import dev.collage.reviews.review.Sort;
import java.util.Arrays;
import java.util.List;

/**
 * Everything {@code reviews.jte} shows, computed before rendering.
 *
 * @param api the browser path of the API, from {@code podium-public-pathname}
 * @param ids prefix of the element ids, unique per product on a page
 */
public record ReviewsView(
        String api,
        String product,
        String ids,
        SummaryView summary,
        List<ReviewCard> reviews,
        boolean hasMore,
        int pageSize,
        List<Sort> sorts,
        List<Integer> ratings,
        ReviewCard blank) {

    static ReviewsView of(String api, ProductId product, RatingSummary summary, List<Review> firstPage, int pageSize) {
        return new ReviewsView(
                api,
                product.value(),
                "reviews-" + product.value(),
                SummaryView.of(summary),
                firstPage.stream().map(ReviewCard::of).toList(),
                summary.count() > firstPage.size(),
                pageSize,
                Arrays.asList(Sort.values()),
                List.of(1, 2, 3, 4, 5),
                ReviewCard.blank());
    }

    public boolean isEmpty() {
        return summary.count() == 0;
    }
}
