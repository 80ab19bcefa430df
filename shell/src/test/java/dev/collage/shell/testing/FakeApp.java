package dev.collage.shell.testing;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * A real HTTP server on a free port standing in for an app: it serves a manifest, a fragment,
 * a fallback, an asset and an API route, records every request, and can be told to be slow,
 * hang, fail, reset the connection or answer with too much.
 */
public final class FakeApp implements AutoCloseable {

    /** What one route does when it is called. */
    @FunctionalInterface
    public interface Behaviour {
        void respond(HttpExchange exchange, FakeApp app) throws IOException;
    }

    /** One request the app received. */
    public record Received(
            String method, String path, String rawQuery, Map<String, List<String>> headers, byte[] body) {
        public String header(String name) {
            return headers.entrySet().stream()
                    .filter(e -> e.getKey().equalsIgnoreCase(name))
                    .map(e -> e.getValue().get(0))
                    .findFirst()
                    .orElse(null);
        }
    }

    private final String name;
    private final HttpServer server;
    private final ExecutorService threads = Executors.newCachedThreadPool();
    private final Map<String, Behaviour> routes = new ConcurrentHashMap<>();
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final CountDownLatch released = new CountDownLatch(1);
    private volatile String version = "1.0.0";
    private volatile String manifestOverride;

    private FakeApp(String name, int port) throws IOException {
        this.name = name;
        this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 64);
        server.setExecutor(threads);
        server.createContext("/", this::dispatch);
        routes.put("/manifest.json", (ex, app) -> app.send(ex, 200, "application/json", app.manifest()));
        routes.put("/content", ok("<section class=\"" + name + "\">" + name + " fragment</section>"));
        routes.put("/fallback", ok("<section class=\"" + name + "-fallback\">" + name + " is resting</section>"));
        routes.put("/assets/" + name + ".css", (ex, app) -> {
            ex.getResponseHeaders().add("Cache-Control", "public, max-age=31536000, immutable");
            app.send(ex, 200, "text/css", "." + name + "{color:teal}");
        });
        routes.put("/assets/" + name + ".js", (ex, app) -> app.send(ex, 200, "text/javascript", "console.log(1)"));
        server.start();
    }

    public static FakeApp start(String name) {
        return start(name, 0);
    }

    /** Starts on {@code port}; used to bring an app up on an address the shell already knows. */
    public static FakeApp start(String name, int port) {
        try {
            return new FakeApp(name, port);
        } catch (IOException e) {
            throw new IllegalStateException("cannot start fake app " + name, e);
        }
    }

    public URI manifestUrl() {
        return URI.create("http://127.0.0.1:" + port() + "/manifest.json");
    }

    public int port() {
        return server.getAddress().getPort();
    }

    public String name() {
        return name;
    }

    public FakeApp version(String version) {
        this.version = version;
        return this;
    }

    /** Serves {@code json} as the manifest instead of the generated one. */
    public FakeApp manifest(String json) {
        this.manifestOverride = json;
        return this;
    }

    public FakeApp route(String path, Behaviour behaviour) {
        routes.put(path, behaviour);
        return this;
    }

    public FakeApp content(Behaviour behaviour) {
        return route("/content", behaviour);
    }

    public FakeApp withoutFallback() {
        routes.remove("/fallback");
        return manifest(manifest().replace(",\"fallback\":\"/fallback\"", ""));
    }

    public List<Received> received() {
        return List.copyOf(received);
    }

    public List<Received> received(String path) {
        return received.stream().filter(r -> r.path().equals(path)).toList();
    }

    public String manifest() {
        if (manifestOverride != null) {
            return manifestOverride;
        }
        return "{\"name\":\"" + name + "\",\"version\":\"" + version + "\",\"content\":\"/content\","
                + "\"fallback\":\"/fallback\",\"css\":[{\"value\":\"/assets/" + name + ".css\"}],"
                + "\"js\":[{\"value\":\"/assets/" + name + ".js\",\"type\":\"module\"}],\"proxy\":{\"api\":\"/api\"}}";
    }

    // --- behaviours -------------------------------------------------------------------------

    public static Behaviour ok(String html) {
        return (ex, app) -> app.send(ex, 200, "text/html; charset=utf-8", html);
    }

    public static Behaviour status(int status) {
        return (ex, app) -> app.send(ex, status, "text/html", "<p>status " + status + "</p>");
    }

    public static Behaviour slow(Duration delay, String html) {
        return (ex, app) -> {
            app.pause(delay);
            app.send(ex, 200, "text/html; charset=utf-8", html);
        };
    }

    /** Never answers, until the fake is closed. */
    public static Behaviour hang() {
        return (ex, app) -> app.pause(Duration.ofMinutes(5));
    }

    /** Closes the connection without a response. */
    public static Behaviour reset() {
        return (ex, app) -> ex.close();
    }

    /** Answers {@code bytes} of HTML without a content length, as a stream. */
    public static Behaviour huge(int bytes) {
        return (ex, app) -> {
            ex.getResponseHeaders().add("Content-Type", "text/html");
            ex.getResponseHeaders().add("podlet-version", app.version);
            ex.sendResponseHeaders(200, 0);
            try (OutputStream out = ex.getResponseBody()) {
                byte[] chunk = "<p>xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx</p>\n"
                        .getBytes(StandardCharsets.UTF_8);
                for (int sent = 0; sent < bytes; sent += chunk.length) {
                    out.write(chunk);
                }
            } catch (IOException peerGaveUp) {
                // the shell stops reading once the limit is passed
            }
        };
    }

    /** Answers with {@code cacheControl} as the fragment's {@code Cache-Control}. */
    public static Behaviour cacheable(String cacheControl, String html) {
        return (ex, app) -> {
            ex.getResponseHeaders().add("Cache-Control", cacheControl);
            app.send(ex, 200, "text/html; charset=utf-8", html);
        };
    }

    /** Promises a body, sends the start of it, and drops the connection. */
    public static Behaviour dieMidStream() {
        return (ex, app) -> {
            ex.getResponseHeaders().add("Content-Type", "text/html");
            ex.sendResponseHeaders(200, 10_000);
            ex.getResponseBody().write("<section>half a fra".getBytes(StandardCharsets.UTF_8));
            ex.getResponseBody().flush();
            ex.close();
        };
    }

    /** Answers with the request's method and URI, to see what was forwarded. */
    public static Behaviour echo() {
        return (ex, app) -> app.send(ex, 200, "text/plain", ex.getRequestMethod() + " " + ex.getRequestURI());
    }

    // --- plumbing ---------------------------------------------------------------------------

    public void send(HttpExchange ex, int status, String contentType, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        ex.getResponseHeaders().add("Content-Type", contentType);
        ex.getResponseHeaders().add("podlet-version", version);
        ex.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        try (OutputStream out = ex.getResponseBody()) {
            out.write(bytes);
        }
    }

    private void pause(Duration delay) {
        try {
            released.await(delay.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void dispatch(HttpExchange ex) throws IOException {
        byte[] body = ex.getRequestBody().readAllBytes();
        received.add(new Received(
                ex.getRequestMethod(),
                ex.getRequestURI().getRawPath(),
                ex.getRequestURI().getRawQuery(),
                Map.copyOf(ex.getRequestHeaders()),
                body));
        Behaviour behaviour = routes.get(ex.getRequestURI().getPath());
        if (behaviour == null && ex.getRequestURI().getPath().startsWith("/api/")) {
            behaviour = routes.get("/api/*");
        }
        if (behaviour == null) {
            send(ex, 404, "text/plain", "no route");
            return;
        }
        behaviour.respond(ex, this);
    }

    @Override
    public void close() {
        released.countDown();
        server.stop(0);
        threads.shutdownNow();
    }
}
