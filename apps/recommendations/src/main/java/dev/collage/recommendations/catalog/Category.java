package dev.collage.recommendations.catalog;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/** The shop's departments. A catalog entry naming any other category is refused at start. */
public enum Category {
    JACKETS("jackets", "Jackets"),
    LAYERS("layers", "Layers"),
    FOOTWEAR("footwear", "Footwear"),
    PACKS("packs", "Packs"),
    TENTS("tents", "Tents & shelters"),
    SLEEPING("sleeping", "Sleeping"),
    COOKING("cooking", "Cooking & water"),
    CLIMBING("climbing", "Climbing"),
    ACCESSORIES("accessories", "Accessories");

    private final String key;
    private final String label;

    Category(String key, String label) {
        this.key = key;
        this.label = label;
    }

    /** How the catalog file and the API name it: {@code jackets}. */
    public String key() {
        return key;
    }

    /** How a shopper reads it: {@code Tents & shelters}. */
    public String label() {
        return label;
    }

    public static Optional<Category> byKey(String key) {
        return Arrays.stream(values()).filter(c -> c.key.equals(key)).findFirst();
    }

    static String knownKeys() {
        return Arrays.stream(values()).map(Category::key).collect(Collectors.joining(", "));
    }
}
