package dev.collage.reviews.review;

/** What a visitor wrote, already checked against the rules of a review. */
public record ReviewDraft(int rating, String title, String body, String author) {

    public static final int MIN_RATING = 1;
    public static final int MAX_RATING = 5;
    public static final int MAX_TITLE = 120;
    public static final int MAX_BODY = 4000;
    public static final int MAX_AUTHOR = 60;

    public ReviewDraft {
        if (rating < MIN_RATING || rating > MAX_RATING) {
            throw new IllegalArgumentException("rating must be from 1 to 5, was " + rating);
        }
    }
}
