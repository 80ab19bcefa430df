package dev.collage.shell.proxy;

import dev.collage.shell.context.VisitorContext;
import dev.collage.shell.fetch.AppClient;
import dev.collage.shell.fetch.AppResponse;
import dev.collage.shell.registry.AppRegistry;
import dev.collage.shell.registry.LoadedManifest;
import dev.collage.shell.registry.RegisteredApp;
import dev.collage.shell.registry.Upstream;
import io.javalin.http.Context;
import java.net.ConnectException;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code /apps/<name>/…}: the only way a browser reaches an app. It forwards a request only to
 * a route the app's manifest declares (see {@link ProxyTarget}), with allow-listed headers and
 * the request context, under the app's proxy deadline and a size bound both ways. A path that
 * names a release ({@code /apps/weather/@1.5.0/…}, as the pages the shell serves do) goes to
 * that release while it is live; otherwise the visitor's own release answers.
 */
public final class AppProxy {

    private static final Logger log = LoggerFactory.getLogger(AppProxy.class);
    private static final Set<String> WITH_BODY = Set.of("POST", "PUT", "PATCH", "DELETE");
    private static final Set<String> METHODS = Set.of("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE");
    private static final Pattern VERSIONED = Pattern.compile("@([0-9A-Za-z.+_-]{1,64})/(.*)", Pattern.DOTALL);
    static final int MAX_RESPONSE_BYTES = 8 * 1024 * 1024;

    private final AppRegistry registry;
    private final AppClient client;
    private final String defaultLocale;

    public AppProxy(AppRegistry registry, AppClient client, String defaultLocale) {
        this.registry = registry;
        this.client = client;
        this.defaultLocale = defaultLocale;
    }

    public void handle(Context ctx) throws InterruptedException {
        String name = ctx.pathParam("app");
        Optional<RegisteredApp> app = registry.find(name);
        String prefix = "/apps/" + name + "/";
        String rawUri = ctx.req().getRequestURI();
        if (app.isEmpty() || !rawUri.startsWith(prefix)) {
            error(ctx, 404, "no app named " + name);
            return;
        }
        var visitor = VisitorContext.of(ctx, defaultLocale);
        String path = rawUri.substring(prefix.length());
        Matcher versioned = VERSIONED.matcher(path);
        Optional<Upstream> upstream;
        if (versioned.matches()) {
            path = versioned.group(2);
            upstream =
                    app.get().withVersion(versioned.group(1)).or(() -> app.get().choose(visitor.visitorId()));
        } else {
            upstream = app.get().choose(visitor.visitorId());
        }
        Optional<LoadedManifest> loaded = upstream.flatMap(Upstream::loaded);
        if (loaded.isEmpty()) {
            ctx.header("Retry-After", "5");
            error(ctx, 503, name + " is not available");
            return;
        }
        Optional<ProxyTarget> target =
                ProxyTarget.of(loaded.get(), path, ctx.req().getQueryString());
        String method = ctx.method().name();
        if (target.isEmpty() || !METHODS.contains(method) || (target.get().asset() && WITH_BODY.contains(method))) {
            error(ctx, 404, "no such route on " + name);
            return;
        }
        forward(ctx, app.get(), loaded.get(), visitor, target.get().uri(), method);
    }

    private void forward(
            Context ctx, RegisteredApp app, LoadedManifest loaded, VisitorContext visitor, URI uri, String method)
            throws InterruptedException {
        var headers = new LinkedHashMap<String, String>();
        for (String header : HeaderPolicy.REQUEST) {
            String value = ctx.header(header);
            if (value != null) {
                headers.put(header, value);
            }
        }
        headers.putAll(visitor.forApp(app.name(), loaded.version()).toHeaders());
        byte[] body = WITH_BODY.contains(method) ? ctx.bodyAsBytes() : null;
        AppResponse response;
        try {
            response = client.exchange(method, uri, headers, body, app.config().proxyTimeout(), MAX_RESPONSE_BYTES)
                    .get();
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            failed(
                    ctx,
                    app,
                    method,
                    cause instanceof TimeoutException
                            ? "timeout"
                            : cause instanceof ConnectException ? "refused" : "error");
            return;
        }
        ctx.status(response.status());
        for (String header : HeaderPolicy.RESPONSE) {
            response.header(header).ifPresent(value -> ctx.header(header, value));
        }
        response.header("location")
                .flatMap(location -> publicLocation(loaded, uri, location))
                .ifPresent(location -> ctx.header("Location", location));
        ctx.result(response.body());
    }

    /**
     * An app's {@code Location} names a resource on the app, relative to the URL it was asked
     * at (RFC 9110); the browser needs the same resource through the proxy, of the same
     * release. Only locations under one of the app's proxy targets can be reached that way;
     * anything else is dropped rather than leak the app's address.
     */
    private static Optional<String> publicLocation(LoadedManifest loaded, URI requested, String location) {
        URI absolute;
        try {
            absolute = requested.resolve(location);
        } catch (IllegalArgumentException malformed) {
            return Optional.empty();
        }
        String base = VisitorContext.publicPathname(loaded.manifest().name(), loaded.version());
        for (Map.Entry<String, String> proxy : loaded.manifest().proxy().entrySet()) {
            String target = loaded.resolve(proxy.getValue()).toString();
            String withSlash = target.endsWith("/") ? target : target + "/";
            String at = absolute.toString();
            if (at.equals(target) || at.startsWith(withSlash)) {
                return Optional.of(base + proxy.getKey() + at.substring(withSlash.length() - 1));
            }
        }
        return Optional.empty();
    }

    private static void failed(Context ctx, RegisteredApp app, String method, String outcome) {
        log.warn("event=proxy app={} method={} outcome={}", app.name(), method, outcome);
        if (outcome.equals("timeout")) {
            error(ctx, 504, app.name() + " did not answer in time");
        } else {
            error(ctx, 502, app.name() + " is unavailable");
        }
    }

    private static void error(Context ctx, int status, String message) {
        ctx.status(status)
                .contentType("application/json")
                .result("{\"error\":\"" + message.replace("\\", "\\\\").replace("\"", "\\\"") + "\"}");
    }
}
