package dev.collage.shell.fetch;

import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.eclipse.jetty.client.BytesRequestContent;
import org.eclipse.jetty.client.HttpClient;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

/**
 * {@link AppClient} on Jetty's HTTP client: one client for the shell, one connection pool per
 * app address. It replaced the JDK's client after measuring both under load: the JDK's built
 * filters by reflection and handed each response across threads, and cost about twice the CPU
 * per page (bench/results/findings.md).
 */
public final class JettyAppClient implements AppClient {

    private final HttpClient client = new HttpClient();

    public JettyAppClient() {
        var threads = new QueuedThreadPool();
        threads.setName("app-client");
        threads.setDaemon(true);
        client.setExecutor(threads);
        // a connect that takes longer than a second is a host that is down, whatever the deadline
        client.setConnectTimeout(1_000);
        client.setIdleTimeout(30_000);
        client.setFollowRedirects(false);
        client.setMaxConnectionsPerDestination(1024);
        client.setUserAgentField(null);
        try {
            client.start();
        } catch (Exception e) {
            throw new IllegalStateException("cannot start the HTTP client to the apps", e);
        }
    }

    @Override
    public CompletableFuture<AppResponse> exchange(
            String method, URI uri, Map<String, String> headers, byte[] body, Duration deadline, int maxBytes) {
        var request = client.newRequest(uri)
                .method(method)
                .timeout(Math.max(1, deadline.toMillis()), TimeUnit.MILLISECONDS)
                .headers(fields -> headers.forEach(fields::put));
        if (body != null) {
            String type = headers.get("content-type");
            request.body(type == null ? new BytesRequestContent(body) : new BytesRequestContent(type, body));
        }
        var listener = new BoundedBody(maxBytes);
        request.send(listener);
        return listener.result();
    }

    @Override
    public void close() {
        try {
            client.stop();
        } catch (Exception e) {
            // stopping: nothing left to do with a client that will not stop
        }
    }
}
