package dev.collage.shell.fetch;

import dev.collage.sdk.context.PodiumContext;
import dev.collage.sdk.context.PodiumHeaders;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.channels.UnresolvedAddressException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeoutException;

/**
 * One fragment request: a GET with the request context, under one total deadline that covers
 * connecting, the headers and the whole body; at the deadline the exchange is aborted, so a
 * hanging app holds no connection of the shell's. A request that could not even connect is
 * sent once more if the deadline leaves time (a GET that never arrived is safe to repeat; one
 * that arrived is not repeated). It never throws: every way it can end is a
 * {@link FragmentAnswer}.
 */
public final class FragmentFetch {

    private static final String TITLE = "collage-title";
    /** Less time than this left is not worth a second attempt. */
    private static final Duration RETRY_MARGIN = Duration.ofMillis(20);

    private FragmentFetch() {}

    public static CompletableFuture<FragmentAnswer> send(
            AppClient client, URI uri, PodiumContext context, Duration deadline, int maxBytes) {
        long started = System.nanoTime();
        var headers = new LinkedHashMap<>(context.toHeaders());
        headers.put("accept", "text/html");
        return attempt(client, uri, headers, deadline, maxBytes).thenCompose(answer -> {
            Duration left = deadline.minusNanos(System.nanoTime() - started);
            if (answer instanceof FragmentAnswer.Failed failed
                    && failed.notConnected()
                    && left.compareTo(RETRY_MARGIN) > 0) {
                return attempt(client, uri, headers, left, maxBytes);
            }
            return CompletableFuture.completedFuture(answer);
        });
    }

    private static CompletableFuture<FragmentAnswer> attempt(
            AppClient client, URI uri, java.util.Map<String, String> headers, Duration deadline, int maxBytes) {
        return client.get(uri, headers, deadline, maxBytes)
                .thenApply(FragmentFetch::answer)
                .exceptionally(FragmentFetch::failed);
    }

    private static FragmentAnswer answer(AppResponse response) {
        int status = response.status();
        if ((status >= 200 && status < 300) || status == 404) {
            return new FragmentAnswer.Answered(
                    status,
                    new String(response.body(), StandardCharsets.UTF_8),
                    response.header(PodiumHeaders.PODLET_VERSION).orElse(""),
                    response.header(TITLE).map(FragmentFetch::decodeTitle),
                    response.header("cache-control"));
        }
        return new FragmentAnswer.Failed(
                Outcome.ERROR,
                "answered " + status,
                false,
                response.header(PodiumHeaders.PODLET_VERSION).orElse(""));
    }

    /** The ways an exchange fails, as outcomes; {@code notConnected} only when it never reached the app. */
    static FragmentAnswer failed(Throwable failure) {
        Throwable cause =
                failure instanceof CompletionException && failure.getCause() != null ? failure.getCause() : failure;
        if (cause instanceof ConnectException
                || cause instanceof NoRouteToHostException
                || cause instanceof UnresolvedAddressException) {
            return new FragmentAnswer.Failed(Outcome.ERROR, "cannot connect", true);
        }
        if (cause instanceof TimeoutException) {
            return new FragmentAnswer.Failed(Outcome.TIMEOUT, "no answer within the deadline", false);
        }
        if (cause instanceof BoundedBody.TooLargeException) {
            return new FragmentAnswer.Failed(Outcome.TOO_LARGE, cause.getMessage(), false);
        }
        return new FragmentAnswer.Failed(
                Outcome.ERROR,
                cause.getClass().getSimpleName()
                        + Optional.ofNullable(cause.getMessage())
                                .map(m -> " " + m)
                                .orElse(""),
                false);
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
