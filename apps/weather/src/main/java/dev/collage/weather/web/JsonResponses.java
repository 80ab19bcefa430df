package dev.collage.weather.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import java.util.LinkedHashMap;

/** Writes the API's JSON bodies. */
public final class JsonResponses {

    private static final ObjectMapper JSON = new ObjectMapper();

    private JsonResponses() {}

    static void send(Context ctx, int status, Object body, String cacheControl) {
        try {
            ctx.status(status)
                    .header("Cache-Control", cacheControl)
                    .contentType("application/json; charset=utf-8")
                    .result(JSON.writeValueAsString(body));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write " + body.getClass().getSimpleName() + " as JSON", e);
        }
    }

    /** An error body; errors are never cached, so a fixed request is not answered from a cache. */
    public static void error(Context ctx, ApiError error) {
        var body = new LinkedHashMap<String, Object>();
        body.put("error", error.error());
        if (error.field() != null) {
            body.put("field", error.field());
        }
        body.put("message", error.message());
        send(ctx, error.status(), body, "no-store");
    }
}
