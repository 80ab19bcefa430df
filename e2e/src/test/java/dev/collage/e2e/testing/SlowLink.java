package dev.collage.e2e.testing;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * A network link between the shell and one app that the test can make slow or cut: an HTTP
 * forwarder on a free port that passes everything through to the app, except that the
 * fragment ({@code /content}) can be delayed or never answered. The app itself is the real,
 * healthy process; only the way to it is bad, as with a congested or broken network.
 */
public final class SlowLink implements AutoCloseable {

    private static final Set<String> HOP_BY_HOP =
            Set.of("connection", "content-length", "transfer-encoding", "keep-alive", "host", "upgrade");

    private final HttpServer server;
    private final ExecutorService threads = Executors.newCachedThreadPool();
    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final CountDownLatch closed = new CountDownLatch(1);
    private volatile int appPort;
    private volatile Duration contentDelay = Duration.ZERO;
    private volatile boolean hanging;

    public SlowLink() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 128);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        server.setExecutor(threads);
        server.createContext("/", this::forward);
        server.start();
    }

    public int port() {
        return server.getAddress().getPort();
    }

    void forwardTo(int port) {
        this.appPort = port;
    }

    /** Fragments arrive {@code delay} late from now on. */
    public SlowLink delayContent(Duration delay) {
        this.contentDelay = delay;
        this.hanging = false;
        return this;
    }

    /** Fragment requests get no answer at all from now on. */
    public SlowLink hangContent() {
        this.hanging = true;
        return this;
    }

    /** Back to a healthy link. */
    public SlowLink heal() {
        this.hanging = false;
        this.contentDelay = Duration.ZERO;
        return this;
    }

    private void forward(HttpExchange exchange) throws IOException {
        try (exchange) {
            boolean content = exchange.getRequestURI().getPath().equals("/content");
            if (content && hanging) {
                closed.await(5, TimeUnit.MINUTES);
                return;
            }
            if (content && !contentDelay.isZero()) {
                closed.await(contentDelay.toMillis(), TimeUnit.MILLISECONDS);
            }
            var request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + appPort + exchange.getRequestURI()))
                    .method(
                            exchange.getRequestMethod(),
                            HttpRequest.BodyPublishers.ofByteArray(
                                    exchange.getRequestBody().readAllBytes()));
            exchange.getRequestHeaders().forEach((name, values) -> {
                if (!HOP_BY_HOP.contains(name.toLowerCase())) {
                    values.forEach(value -> request.header(name, value));
                }
            });
            var response = http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            response.headers().map().forEach((name, values) -> {
                if (!HOP_BY_HOP.contains(name.toLowerCase()) && !name.startsWith(":")) {
                    exchange.getResponseHeaders().put(name, values);
                }
            });
            byte[] body = response.body();
            exchange.sendResponseHeaders(response.statusCode(), body.length == 0 ? -1 : body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        closed.countDown();
        server.stop(0);
        threads.shutdownNow();
    }
}
