package dev.collage.weather.testing;

import dev.collage.weather.WeatherApp;
import dev.collage.weather.WeatherConfig;
import io.javalin.Javalin;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;

/** The real weather server on a free port, and a client that calls it as the shell would. */
public final class WeatherServer implements AutoCloseable {

    /** Noon UTC on 15 January 2025: the tests' "now". */
    public static final Clock JANUARY_15 = Clock.fixed(Instant.parse("2025-01-15T12:00:00Z"), ZoneOffset.UTC);

    private static final Duration DEADLINE = Duration.ofSeconds(10);
    private final Javalin server;
    private final HttpClient http = HttpClient.newHttpClient();

    public WeatherServer(WeatherConfig config, Clock clock) {
        server = WeatherApp.server(config, clock).start("127.0.0.1", 0);
    }

    public static WeatherServer embedded() {
        return new WeatherServer(WeatherConfig.defaults(), JANUARY_15);
    }

    public int port() {
        return server.port();
    }

    public URI uri(String pathAndQuery) {
        return URI.create("http://127.0.0.1:" + port() + pathAndQuery);
    }

    public HttpResponse<String> get(String pathAndQuery) {
        return get(pathAndQuery, Map.of());
    }

    public HttpResponse<String> get(String pathAndQuery, Map<String, String> headers) {
        var request = HttpRequest.newBuilder(uri(pathAndQuery)).timeout(DEADLINE);
        headers.forEach(request::header);
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException("GET " + pathAndQuery + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    /** The headers a Collage shell sends with a fragment request from a visitor with {@code locale}. */
    public static Map<String, String> shell(String locale) {
        return Map.of(
                "podium-locale", locale,
                "podium-public-pathname", "/apps/weather/",
                "podium-requested-by", "collage-shell");
    }

    public static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    @Override
    public void close() {
        server.stop();
    }
}
