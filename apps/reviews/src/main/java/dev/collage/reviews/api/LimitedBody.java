package dev.collage.reviews.api;

import java.io.IOException;
import java.io.InputStream;

/**
 * A request body read only up to a limit: a declared length over it is refused unread, and a
 * streamed body is cut off one byte past it, so a huge upload never sits in memory.
 */
sealed interface LimitedBody {

    int LIMIT = 16 * 1024;

    record Read(byte[] bytes) implements LimitedBody {}

    record TooLarge() implements LimitedBody {}

    static LimitedBody read(InputStream in, long declaredLength) throws IOException {
        if (declaredLength > LIMIT) {
            return new TooLarge();
        }
        byte[] bytes = in.readNBytes(LIMIT + 1);
        return bytes.length > LIMIT ? new TooLarge() : new Read(bytes);
    }
}
