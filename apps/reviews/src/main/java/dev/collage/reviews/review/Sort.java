package dev.collage.reviews.review;

import java.util.Locale;
import java.util.Optional;

/** The orders a product's reviews can be read in; ties always go to the newer review. */
public enum Sort {
    NEWEST("newest", "Newest first"),
    HIGHEST("highest", "Highest rating first"),
    LOWEST("lowest", "Lowest rating first");

    public static final String RULE = "must be one of newest, highest, lowest";

    private final String param;
    private final String label;

    Sort(String param, String label) {
        this.param = param;
        this.label = label;
    }

    public String param() {
        return param;
    }

    public String label() {
        return label;
    }

    public static Optional<Sort> parse(String raw) {
        for (Sort sort : values()) {
            if (sort.param.equals(raw == null ? null : raw.toLowerCase(Locale.ROOT))) {
                return Optional.of(sort);
            }
        }
        return Optional.empty();
    }
}
