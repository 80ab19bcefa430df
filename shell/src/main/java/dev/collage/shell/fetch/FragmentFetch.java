package dev.collage.shell.fetch;

import dev.collage.sdk.context.PodiumContext;
import dev.collage.sdk.context.PodiumHeaders;
import java.net.ConnectException;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * One fragment request: a GET with the request context, under one total deadline that covers
 * connecting, the headers and the whole body. When the deadline passes the exchange is
 * cancelled, so a hanging app holds no connection of the shell's. It never throws: every way
 * it can end is a {@link FragmentAnswer}.
 */
public final class FragmentFetch {

    private static final String TITLE = "collage-title";

    private FragmentFetch() {}

    public static CompletableFuture<FragmentAnswer> send(
            HttpClient http, URI uri, PodiumContext context, Duration deadline, int maxBytes) {
        var request = HttpRequest.newBuilder(uri).timeout(deadline).header("Accept", "text/html");
        context.toHeaders().forEach(request::header);
        CompletableFuture<HttpResponse<byte[]>> call = http.sendAsync(request.build(), BoundedBody.handler(maxBytes));
        return call.copy()
                .orTimeout(deadline.toMillis(), TimeUnit.MILLISECONDS)
                .thenApply(FragmentFetch::answer)
                .exceptionally(failure -> {
                    // cancelling the original future is what aborts the exchange (JDK 16+)
                    call.cancel(true);
                    return failed(failure);
                });
    }

    private static FragmentAnswer answer(HttpResponse<byte[]> response) {
        int status = response.statusCode();
        if ((status >= 200 && status < 300) || status == 404) {
            return new FragmentAnswer.Answered(
                    status,
                    new String(response.body(), StandardCharsets.UTF_8),
                    response.headers().firstValue(PodiumHeaders.PODLET_VERSION).orElse(""),
                    response.headers().firstValue(TITLE).map(FragmentFetch::decodeTitle));
        }
        return new FragmentAnswer.Failed(Outcome.ERROR, "answered " + status);
    }

    private static FragmentAnswer failed(Throwable failure) {
        Throwable cause =
                failure instanceof CompletionException && failure.getCause() != null ? failure.getCause() : failure;
        if (cause instanceof TimeoutException || cause instanceof HttpTimeoutException) {
            return new FragmentAnswer.Failed(Outcome.TIMEOUT, "no answer within the deadline");
        }
        if (cause instanceof BoundedBody.TooLargeException) {
            return new FragmentAnswer.Failed(Outcome.TOO_LARGE, cause.getMessage());
        }
        if (cause instanceof ConnectException) {
            return new FragmentAnswer.Failed(Outcome.ERROR, "connection refused");
        }
        return new FragmentAnswer.Failed(
                Outcome.ERROR,
                cause.getClass().getSimpleName()
                        + Optional.ofNullable(cause.getMessage())
                                .map(m -> " " + m)
                                .orElse(""));
    }

    /** {@code collage-title} is percent-encoded UTF-8, since header values are not. */
    private static String decodeTitle(String raw) {
        try {
            return URLDecoder.decode(raw, StandardCharsets.UTF_8).strip();
        } catch (IllegalArgumentException malformed) {
            return "";
        }
    }
}
