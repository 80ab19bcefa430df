package dev.collage.shell.fetch;

import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.eclipse.jetty.client.Response;
import org.eclipse.jetty.client.Result;
import org.eclipse.jetty.http.HttpField;

/**
 * A response read into memory, but never more than a limit: an app that answers with a huge or
 * endless body costs the shell a bounded amount of memory, and the exchange is aborted with
 * {@link TooLargeException} the moment the limit is passed (or at once, when
 * {@code Content-Length} already says so). The bytes are copied once, into an array sized from
 * {@code Content-Length} when the app sends one.
 */
final class BoundedBody implements Response.Listener {

    /** The body was larger than the limit. */
    public static final class TooLargeException extends RuntimeException {
        TooLargeException(long limit) {
            super("body larger than " + limit + " bytes");
        }
    }

    private final int limit;
    private final CompletableFuture<AppResponse> result = new CompletableFuture<>();
    private byte[] bytes = new byte[0];
    private int size;

    BoundedBody(int limit) {
        this.limit = limit;
    }

    CompletableFuture<AppResponse> result() {
        return result;
    }

    @Override
    public void onHeaders(Response response) {
        long declared = response.getHeaders().getLongField("content-length");
        if (declared > limit) {
            response.abort(new TooLargeException(limit));
        } else {
            bytes = new byte[declared >= 0 ? (int) declared : Math.min(limit, 8192)];
        }
    }

    @Override
    public void onContent(Response response, ByteBuffer content) {
        int n = content.remaining();
        if (size + n > limit) {
            response.abort(new TooLargeException(limit));
            return;
        }
        if (size + n > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.min(limit, Math.max(size + n, bytes.length * 2)));
        }
        content.get(bytes, size, n);
        size += n;
    }

    @Override
    public void onComplete(Result outcome) {
        if (outcome.isFailed()) {
            result.completeExceptionally(outcome.getFailure());
            return;
        }
        var response = outcome.getResponse();
        Map<String, String> headers = new HashMap<>();
        for (HttpField field : response.getHeaders()) {
            headers.putIfAbsent(field.getLowerCaseName(), field.getValue());
        }
        result.complete(new AppResponse(
                response.getStatus(), headers, size == bytes.length ? bytes : Arrays.copyOf(bytes, size)));
    }
}
