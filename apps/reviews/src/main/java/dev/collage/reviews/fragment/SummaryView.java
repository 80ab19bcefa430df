package dev.collage.reviews.fragment;

import dev.collage.reviews.review.RatingSummary;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The average and the histogram. {@code counts} ("2 0 3 8 13", for 1 to 5 stars) lets the
 * script update both after a new review without asking the server.
 */
public record SummaryView(
        long count,
        String averageText,
        String accessibleText,
        String countText,
        int fillPercent,
        List<RatingBar> bars,
        String counts) {

    static SummaryView of(RatingSummary summary) {
        long count = summary.count();
        var bars = new ArrayList<RatingBar>();
        for (int stars = 5; stars >= 1; stars--) {
            bars.add(RatingBar.of(stars, summary.countOf(stars), count));
        }
        String counts = summary.counts().stream().map(String::valueOf).collect(Collectors.joining(" "));
        if (summary.average().isEmpty()) {
            return new SummaryView(0, "–", "No ratings yet", "No reviews yet", 0, bars, counts);
        }
        double average = Math.round(summary.average().getAsDouble() * 10) / 10.0;
        String averageText = String.format(Locale.ROOT, "%.1f", average);
        String countText = count == 1 ? "1 review" : count + " reviews";
        return new SummaryView(
                count,
                averageText,
                averageText + " out of 5, " + countText,
                countText,
                (int) Math.round(average * 20),
                bars,
                counts);
    }
}
