package dev.collage.reviews.fragment;

/** One row of the histogram: how many reviews gave {@code stars}, and what share of all. */
public record RatingBar(int stars, String label, long count, int percent, String countText) {

    static RatingBar of(int stars, long count, long total) {
        int percent = total == 0 ? 0 : (int) Math.round(100.0 * count / total);
        return new RatingBar(
                stars,
                stars == 1 ? "1 star" : stars + " stars",
                count,
                percent,
                (count == 1 ? " review, " : " reviews, ") + percent + "%");
    }
}
