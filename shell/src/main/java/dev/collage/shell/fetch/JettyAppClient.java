package dev.collage.shell.fetch;

import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.eclipse.jetty.client.BytesRequestContent;
import org.eclipse.jetty.client.HttpClient;
import org.eclipse.jetty.client.transport.HttpClientTransportOverHTTP;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

/**
 * {@link AppClient} on Jetty's HTTP client: one client for the shell, one connection pool per
 * app address. It replaced the JDK's client after measuring both under load: the JDK's built
 * filters by reflection and handed each response across threads, and cost about twice the CPU
 * per page (bench/results/findings.md).
 */
public final class JettyAppClient implements AppClient {

    private final HttpClient client = new HttpClient(transport());

    public JettyAppClient() {
        // what runs here never blocks (reading responses, the slot's bookkeeping), so a few
        // threads do; the default pool grew to 200 under load, each with its stack
        var threads = new QueuedThreadPool(32, 4);
        threads.setName("app-client");
        threads.setDaemon(true);
        client.setExecutor(threads);
        // a connect that takes longer than a second is a host that is down, whatever the deadline
        client.setConnectTimeout(1_000);
        client.setIdleTimeout(30_000);
        client.setFollowRedirects(false);
        // a request needs a connection for as long as it is in flight, and each app's bulkhead
        // already bounds those (max-in-flight, 256 by default); more would only cost memory
        client.setMaxConnectionsPerDestination(256);
        client.setUserAgentField(null);
        try {
            client.start();
        } catch (Exception e) {
            throw new IllegalStateException("cannot start the HTTP client to the apps", e);
        }
    }

    /**
     * HTTP/1.1 without the parser's header cache: it is a 96 KB table per connection, and with
     * hundreds of connections open under load it held most of the shell's heap (seen in JFR's
     * old-object samples), for a gain on the few headers a fragment has that did not show.
     */
    private static HttpClientTransportOverHTTP transport() {
        var transport = new HttpClientTransportOverHTTP();
        transport.setHeaderCacheSize(0);
        return transport;
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
