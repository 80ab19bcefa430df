package dev.collage.reviews.review;

/** One page of a list: {@code page} counts from 1. */
public record PageRequest(int page, int size) {

    public static final int MAX_PAGE = 1_000_000;
    public static final int MAX_SIZE = 50;
    public static final int DEFAULT_SIZE = 5;

    public PageRequest {
        if (page < 1 || page > MAX_PAGE) {
            throw new IllegalArgumentException("page must be from 1 to " + MAX_PAGE + ", was " + page);
        }
        if (size < 1 || size > MAX_SIZE) {
            throw new IllegalArgumentException("size must be from 1 to " + MAX_SIZE + ", was " + size);
        }
    }

    public long offset() {
        return (long) (page - 1) * size;
    }

    public long totalPages(long count) {
        return (count + size - 1) / size;
    }
}
