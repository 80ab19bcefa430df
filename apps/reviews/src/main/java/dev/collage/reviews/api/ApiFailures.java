package dev.collage.reviews.api;

import dev.collage.reviews.storage.StorageException;
import io.javalin.http.Context;
import io.javalin.router.EndpointNotFound;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** What a request answers when something breaks that is not the client's fault. */
public final class ApiFailures {

    private static final Logger log = LoggerFactory.getLogger(ApiFailures.class);

    private ApiFailures() {}

    /** 503: the database is down or refused; the service itself stays up. */
    public static void storage(StorageException e, Context ctx) {
        log.error("event=storage_failed path={} problem=\"{}\"", ctx.path(), e.getMessage(), e);
        fail(ctx, 503, "storage", "reviews are unavailable right now; try again shortly");
    }

    /** 500: a bug. The log has the stack trace; the answer has nothing internal. */
    public static void unexpected(Exception e, Context ctx) {
        log.error(
                "event=request_failed path={} error={}",
                ctx.path(),
                e.getClass().getSimpleName(),
                e);
        fail(ctx, 500, "server", "something went wrong on our side");
    }

    /** 404 for paths the app does not have; under {@code /api/} as JSON like every other API answer. */
    public static void unknownPath(EndpointNotFound e, Context ctx) {
        fail(ctx, 404, "path", "no such endpoint: " + ctx.method() + " " + ctx.path());
    }

    private static void fail(Context ctx, int status, String field, String problem) {
        if (ctx.path().startsWith("/api/")) {
            JsonAnswer.error(ctx, status, field, problem);
        } else {
            ctx.status(status).contentType("text/plain; charset=utf-8").result("Reviews: " + problem);
        }
    }
}
