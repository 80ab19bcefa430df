package dev.collage.reviews.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import java.util.Map;
import java.util.TreeMap;

/**
 * JSON answers of the API. Every error has one shape, {@code {"errors":{"<field>":"<problem>"}}},
 * so a client shows each message next to its field.
 */
final class JsonAnswer {

    private static final ObjectMapper JSON = new ObjectMapper();

    private JsonAnswer() {}

    static void send(Context ctx, int status, Object body) {
        try {
            ctx.status(status).contentType("application/json; charset=utf-8").result(JSON.writeValueAsString(body));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write " + body.getClass().getSimpleName() + " as JSON", e);
        }
    }

    static void errors(Context ctx, int status, Map<String, String> errors) {
        send(ctx, status, Map.of("errors", new TreeMap<>(errors)));
    }

    static void error(Context ctx, int status, String field, String problem) {
        errors(ctx, status, Map.of(field, problem));
    }
}
