package dev.collage.bench.fragments;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;

/**
 * The head of one HTTP/1.x request, as much of it as a fragment server needs: the path and
 * whether the connection stays open afterwards. Requests here are GETs without a body.
 *
 * @param path without its query
 * @param keepAlive HTTP/1.1 unless {@code Connection: close}; HTTP/1.0 only with {@code keep-alive}
 */
record RequestHead(String path, boolean keepAlive) {

    /**
     * Takes one complete request head off the front of {@code in} (in read mode), or returns
     * empty and leaves {@code in} as it was when the head has not fully arrived yet.
     */
    static Optional<RequestHead> take(ByteBuffer in) {
        int end = endOfHead(in);
        if (end < 0) {
            return Optional.empty();
        }
        byte[] bytes = new byte[end - in.position()];
        in.get(bytes);
        String head = new String(bytes, StandardCharsets.ISO_8859_1);
        int firstSpace = head.indexOf(' ');
        int secondSpace = head.indexOf(' ', firstSpace + 1);
        int lineEnd = head.indexOf('\r');
        if (firstSpace < 0 || secondSpace < 0 || lineEnd < secondSpace) {
            return Optional.of(new RequestHead("", false));
        }
        String target = head.substring(firstSpace + 1, secondSpace);
        int query = target.indexOf('?');
        String path = query < 0 ? target : target.substring(0, query);
        boolean http10 = head.startsWith("HTTP/1.0", secondSpace + 1);
        String headers = head.substring(lineEnd).toLowerCase(Locale.ROOT);
        boolean keepAlive =
                http10 ? headers.contains("\nconnection: keep-alive") : !headers.contains("\nconnection: close");
        return Optional.of(new RequestHead(path, keepAlive));
    }

    /** The index just past the blank line that ends the head, or -1. */
    private static int endOfHead(ByteBuffer in) {
        for (int i = in.position(); i + 3 < in.limit(); i++) {
            if (in.get(i) == '\r' && in.get(i + 1) == '\n' && in.get(i + 2) == '\r' && in.get(i + 3) == '\n') {
                return i + 4;
            }
        }
        return -1;
    }
}
