package dev.collage.reviews.api;

import java.io.IOException;
import java.io.InputStream;

/**
 * A request body read only up to a limit: a streamed body is cut off one byte past it, so a
 * huge upload never sits in memory, and a declared length far over it is refused unread.
 */
sealed interface LimitedBody {

    int LIMIT = 16 * 1024;

    /**
     * How much of a refused body is read and thrown away. A client still sending when the
     * server closes the connection gets a TCP reset and may never see the 413, so a body of a
     * plausible size is drained; beyond this the connection is closed unread.
     */
    int DRAIN_LIMIT = 256 * 1024;

    record Read(byte[] bytes) implements LimitedBody {}

    /** @param drained whether the rest of the body was consumed, so the connection can be reused */
    record TooLarge(boolean drained) implements LimitedBody {}

    static LimitedBody read(InputStream in, long declaredLength) throws IOException {
        if (declaredLength > DRAIN_LIMIT) {
            return new TooLarge(false);
        }
        byte[] bytes = in.readNBytes(LIMIT + 1);
        if (bytes.length <= LIMIT) {
            return new Read(bytes);
        }
        long skipped = bytes.length;
        byte[] sink = new byte[8192];
        for (int n; skipped <= DRAIN_LIMIT && (n = in.read(sink)) >= 0; ) {
            skipped += n;
        }
        return new TooLarge(skipped <= DRAIN_LIMIT);
    }
}
