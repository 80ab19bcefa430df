package dev.collage.reviews.storage;

/** The database products the one SQL implementation runs on. */
public enum Backend {
    SQLITE("sqlite"),
    POSTGRESQL("postgresql");

    private final String label;

    Backend(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
