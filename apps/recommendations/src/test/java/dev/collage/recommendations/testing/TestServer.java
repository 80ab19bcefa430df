package dev.collage.recommendations.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.collage.recommendations.RecommendationsApp;
import dev.collage.recommendations.RecommendationsConfig;
import io.javalin.Javalin;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

/** The real app on a free port, and a client that speaks to it as a shell or a browser would. */
public final class TestServer implements AutoCloseable {

    private static final Duration DEADLINE = Duration.ofSeconds(10);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Javalin server;
    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(DEADLINE).build();

    private TestServer(Javalin server) {
        this.server = server;
    }

    public static TestServer start() {
        return start(RecommendationsConfig.defaults());
    }

    public static TestServer start(RecommendationsConfig config) {
        return new TestServer(RecommendationsApp.server(config).start("127.0.0.1", 0));
    }

    public int port() {
        return server.port();
    }

    /** {@code GET pathAndQuery}; the query must already be percent-encoded. */
    public HttpResponse<String> get(String pathAndQuery) {
        return get(pathAndQuery, Map.of());
    }

    public HttpResponse<String> get(String pathAndQuery, Map<String, String> headers) {
        var request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port() + pathAndQuery))
                .timeout(DEADLINE);
        headers.forEach(request::header);
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A fragment request with the context headers a Collage shell sends. */
    public HttpResponse<String> fragment(String query, String locale) {
        return get(
                "/content?" + query,
                Map.of(
                        "podium-locale", locale,
                        "podium-public-pathname", "/apps/recommendations/",
                        "podium-requested-by", "collage-shell"));
    }

    public static JsonNode json(HttpResponse<String> response) {
        try {
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new UncheckedIOException("not JSON: " + response.body(), e);
        }
    }

    @Override
    public void close() {
        server.stop();
    }
}
