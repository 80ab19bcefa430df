package dev.collage.reviews.writing;

import java.util.Random;

/** Short random ids for reviews: 80 bits in Crockford's base 32, so they read well in a URL. */
public final class ReviewIds {

    private static final char[] ALPHABET = "0123456789abcdefghjkmnpqrstvwxyz".toCharArray();
    private static final int LENGTH = 16;

    private final Random random;

    public ReviewIds(Random random) {
        this.random = random;
    }

    public String next() {
        var id = new char[LENGTH];
        for (int i = 0; i < LENGTH; i++) {
            id[i] = ALPHABET[random.nextInt(ALPHABET.length)];
        }
        return new String(id);
    }
}
