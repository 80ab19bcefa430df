package dev.collage.weather.testing;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * A stand-in for Open-Meteo on a free port, answering {@code /v1/forecast} the way the real
 * API does: its JSON, its {@code {"error":true,"reason":...}} 400s, or whatever a test sets
 * (a 5xx, broken JSON, or no answer at all until the fake is closed).
 */
public final class FakeOpenMeteo implements AutoCloseable {

    /** A realistic answer for Oslo, shaped and named as Open-Meteo's (2025-01-15, Europe/Oslo). */
    public static final String OSLO = """
            {"latitude":59.92,"longitude":10.75,"generationtime_ms":0.0834,"utc_offset_seconds":3600,
             "timezone":"Europe/Oslo","timezone_abbreviation":"GMT+1","elevation":23.0,
             "current_units":{"time":"iso8601","interval":"seconds","temperature_2m":"°C","weather_code":"wmo code","wind_speed_10m":"km/h"},
             "current":{"time":"2025-01-15T13:00","interval":900,"temperature_2m":-3.4,"weather_code":73,"wind_speed_10m":14.8},
             "daily_units":{"time":"iso8601","weather_code":"wmo code","temperature_2m_max":"°C","temperature_2m_min":"°C","precipitation_probability_max":"%"},
             "daily":{"time":["2025-01-15","2025-01-16","2025-01-17","2025-01-18"],
                      "weather_code":[73,3,61,0],
                      "temperature_2m_max":[-1.2,0.4,3.1,-0.5],
                      "temperature_2m_min":[-6.8,-4.0,-0.7,-7.9],
                      "precipitation_probability_max":[85,20,65,null]}}
            """;

    private final HttpServer server;
    private final ExecutorService threads = Executors.newCachedThreadPool();
    private final List<URI> requests = new CopyOnWriteArrayList<>();
    private final CountDownLatch released = new CountDownLatch(1);
    private volatile int status = 200;
    private volatile String body = OSLO;
    private volatile boolean hang;

    public FakeOpenMeteo() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.setExecutor(threads);
        server.createContext("/", this::handle);
        server.start();
    }

    public URI baseUrl() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    /** From now on, answer with this status and body. */
    public FakeOpenMeteo answer(int status, String body) {
        this.status = status;
        this.body = body;
        return this;
    }

    /** From now on, accept requests and never answer until {@link #close()}. */
    public FakeOpenMeteo hang() {
        this.hang = true;
        return this;
    }

    public List<URI> requests() {
        return List.copyOf(requests);
    }

    private void handle(HttpExchange exchange) throws IOException {
        requests.add(exchange.getRequestURI());
        try (exchange) {
            if (hang) {
                released.await(30, TimeUnit.SECONDS);
                return;
            }
            if (!exchange.getRequestURI().getPath().endsWith("/v1/forecast")) {
                send(exchange, 404, "{\"error\":true,\"reason\":\"Not Found\"}");
                return;
            }
            send(exchange, status, body);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void send(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
    }

    @Override
    public void close() {
        released.countDown();
        server.stop(0);
        threads.shutdownNow();
    }
}
