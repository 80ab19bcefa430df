package dev.collage.recommendations.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.collage.recommendations.web.ParamProblem;
import io.javalin.http.Context;
import java.util.List;
import java.util.stream.Collectors;

/** How the API answers: JSON bodies, and errors that name the field and the problem. */
final class JsonAnswer {

    /** The catalog changes only with a new release; a minute keeps lists fresh enough. */
    static final String CACHEABLE = "public, max-age=60";

    private final ObjectMapper json = new ObjectMapper();

    /** An error body: {@code {"error": "bad_request", "message": "...", "problems": [...]}}. */
    record ErrorBody(String error, String message, List<ParamProblem> problems) {}

    void ok(Context ctx, Object body) {
        write(ctx, 200, CACHEABLE, body);
    }

    void badRequest(Context ctx, List<ParamProblem> problems) {
        String message = problems.stream().map(ParamProblem::message).collect(Collectors.joining("; "));
        write(ctx, 400, "no-store", new ErrorBody("bad_request", message, problems));
    }

    void notFound(Context ctx, String field, String message) {
        write(ctx, 404, CACHEABLE, new ErrorBody("not_found", message, List.of(new ParamProblem(field, message))));
    }

    private void write(Context ctx, int status, String cacheControl, Object body) {
        try {
            ctx.status(status)
                    .header("Cache-Control", cacheControl)
                    // A browser must never sniff a JSON error that quotes a request as HTML.
                    .header("X-Content-Type-Options", "nosniff")
                    .contentType("application/json; charset=utf-8")
                    .result(json.writeValueAsString(body));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write " + body.getClass().getSimpleName() + " as JSON", e);
        }
    }
}
