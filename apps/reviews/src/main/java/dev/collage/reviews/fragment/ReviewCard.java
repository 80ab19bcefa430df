package dev.collage.reviews.fragment;

import dev.collage.reviews.review.Review;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** One review as the fragment shows it. The script fills a blank card the same way for new reviews. */
public record ReviewCard(
        String id,
        int rating,
        String ratingText,
        int fillPercent,
        String title,
        String body,
        String author,
        String isoDate,
        String displayDate) {

    // the script formats dates with Intl "en-US" {dateStyle: "medium", timeZone: "UTC"}: the same text
    private static final DateTimeFormatter DATE =
            DateTimeFormatter.ofPattern("MMM d, yyyy", Locale.ENGLISH).withZone(ZoneOffset.UTC);

    static ReviewCard of(Review review) {
        return new ReviewCard(
                review.id(),
                review.rating(),
                starsText(review.rating()),
                review.rating() * 20,
                review.title(),
                review.body(),
                review.author(),
                review.createdAt().toString(),
                DATE.format(review.createdAt()));
    }

    /** The markup the script clones for a review it adds; its texts are set with textContent. */
    static ReviewCard blank() {
        return new ReviewCard("", 0, "", 0, "", "", "", "", "");
    }

    static String starsText(int rating) {
        return rating + " out of 5 stars";
    }
}
