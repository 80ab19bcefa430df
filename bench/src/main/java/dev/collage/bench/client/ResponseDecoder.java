package dev.collage.bench.client;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Turns the bytes of one HTTP/1.1 response, fed as they arrive, into its status and its body:
 * chunked, sized by {@code Content-Length}, or running to the end of the connection. Incremental,
 * so a caller can see how much of the body had arrived at each read.
 */
final class ResponseDecoder {

    private enum State {
        HEAD,
        SIZED,
        TO_EOF,
        CHUNK_SIZE,
        CHUNK_DATA,
        CHUNK_DATA_END,
        TRAILER,
        DONE
    }

    private final ByteArrayOutputStream head = new ByteArrayOutputStream();
    /** The last four bytes of the head, to see the blank line that ends it. */
    private int headTail;

    private final StringBuilder line = new StringBuilder();
    private final StringBuilder body = new StringBuilder();
    private State state = State.HEAD;
    private long remaining;
    private int status;

    /** Feeds the next bytes of the response. */
    void feed(byte[] bytes, int length) {
        for (int i = 0; i < length && state != State.DONE; ) {
            i = step(bytes, i, length);
        }
    }

    private int step(byte[] bytes, int i, int length) {
        switch (state) {
            case HEAD -> {
                head.write(bytes[i]);
                headTail = (headTail << 8) | (bytes[i] & 0xff);
                if (headTail == 0x0d0a0d0a) {
                    readHead();
                }
                return i + 1;
            }
            case SIZED, CHUNK_DATA -> {
                int take = (int) Math.min(remaining, length - i);
                appendBody(bytes, i, take);
                remaining -= take;
                if (remaining == 0) {
                    state = state == State.SIZED ? State.DONE : State.CHUNK_DATA_END;
                }
                return i + take;
            }
            case TO_EOF -> {
                appendBody(bytes, i, length - i);
                return length;
            }
            case CHUNK_DATA_END, CHUNK_SIZE, TRAILER -> {
                char c = (char) (bytes[i] & 0xff);
                if (c != '\n') {
                    if (c != '\r') {
                        line.append(c);
                    }
                    return i + 1;
                }
                String text = line.toString();
                line.setLength(0);
                if (state == State.CHUNK_DATA_END) {
                    state = State.CHUNK_SIZE;
                } else if (state == State.CHUNK_SIZE) {
                    int extension = text.indexOf(';');
                    remaining = Long.parseLong((extension < 0 ? text : text.substring(0, extension)).strip(), 16);
                    state = remaining == 0 ? State.TRAILER : State.CHUNK_DATA;
                } else if (text.isEmpty()) {
                    state = State.DONE;
                }
                return i + 1;
            }
            default -> {
                return length;
            }
        }
    }

    private void readHead() {
        String text = head.toString(StandardCharsets.ISO_8859_1);
        String[] lines = text.split("\r\n");
        status = Integer.parseInt(lines[0].split(" ")[1]);
        state = State.TO_EOF;
        for (String header : lines) {
            String lower = header.toLowerCase(Locale.ROOT);
            if (lower.startsWith("transfer-encoding:") && lower.contains("chunked")) {
                state = State.CHUNK_SIZE;
                return;
            }
            if (lower.startsWith("content-length:")) {
                remaining = Long.parseLong(
                        lower.substring("content-length:".length()).strip());
                state = remaining == 0 ? State.DONE : State.SIZED;
            }
        }
    }

    private void appendBody(byte[] bytes, int from, int count) {
        // ISO-8859-1 keeps one char per byte: the markers looked for are ASCII
        body.append(new String(bytes, from, count, StandardCharsets.ISO_8859_1));
    }

    boolean headRead() {
        return state != State.HEAD;
    }

    boolean done() {
        return state == State.DONE;
    }

    int status() {
        return status;
    }

    /** The body decoded so far. */
    CharSequence body() {
        return body;
    }
}
