package dev.collage.shell.fetch;

import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * The shell's way to its apps over HTTP: one exchange, under one total deadline that covers
 * connecting, the headers and the whole body, with the body bounded. It fails with a
 * {@link java.util.concurrent.TimeoutException} at the deadline, a
 * {@link java.net.ConnectException} when nothing could be reached, and
 * {@link BoundedBody.TooLargeException} past the limit.
 */
public interface AppClient extends AutoCloseable {

    CompletableFuture<AppResponse> exchange(
            String method, URI uri, Map<String, String> headers, byte[] body, Duration deadline, int maxBytes);

    default CompletableFuture<AppResponse> get(URI uri, Map<String, String> headers, Duration deadline, int maxBytes) {
        return exchange("GET", uri, headers, null, deadline, maxBytes);
    }

    @Override
    void close();
}
