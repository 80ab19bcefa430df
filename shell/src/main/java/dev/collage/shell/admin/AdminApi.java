package dev.collage.shell.admin;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.collage.sdk.manifest.Manifest;
import dev.collage.shell.config.AppConfig;
import dev.collage.shell.config.CircuitConfig;
import dev.collage.shell.config.PageConfig;
import dev.collage.shell.config.RollbackConfig;
import dev.collage.shell.config.UpstreamConfig;
import dev.collage.shell.registry.AppRegistry;
import dev.collage.shell.registry.RegisteredApp;
import dev.collage.shell.registry.ReleaseChange;
import dev.collage.shell.registry.ReleaseRefused;
import dev.collage.shell.registry.UpstreamRole;
import dev.collage.shell.web.AppReport;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * {@code /admin/api}: the releases of every app, and the changes a team makes to them while
 * the page is under load: register an app, add a canary, set weights, promote, roll back,
 * drain, remove. Every request needs the bearer token; every change is checked (a bad one
 * answers 400 and changes nothing) and logged with who made it.
 */
public final class AdminApi {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern ACTOR = Pattern.compile("[\\p{L}\\p{N} ._@-]{1,64}");
    private static final Pattern DURATION = Pattern.compile("(\\d{1,6})(ms|s)");

    private final AppRegistry registry;
    private final AdminToken token;
    private final ChangeLog changes;
    private final List<PageConfig> pages;

    public AdminApi(AppRegistry registry, AdminToken token, ChangeLog changes, List<PageConfig> pages) {
        this.registry = registry;
        this.token = token;
        this.changes = changes;
        this.pages = pages;
    }

    public void routes(JavalinConfig javalin) {
        var routes = javalin.routes;
        routes.get("/admin/api/apps", authorized(this::listApps));
        routes.get("/admin/api/changes", authorized(ctx -> ctx.json(changeList())));
        routes.get("/admin/api/apps/{app}", authorized(ctx -> ctx.json(AppReport.of(app(ctx)))));
        routes.put("/admin/api/apps/{app}", authorized(this::registerApp));
        routes.delete("/admin/api/apps/{app}", authorized(this::removeApp));
        routes.post("/admin/api/apps/{app}/upstreams", authorized(this::addUpstream));
        routes.put("/admin/api/apps/{app}/weights", authorized(this::setWeights));
        routes.get("/admin/api/apps/{app}/upstreams/{id}", authorized(ctx -> ctx.json(AppReport.of(upstream(ctx)))));
        routes.put("/admin/api/apps/{app}/upstreams/{id}/weight", authorized(this::setOneWeight));
        routes.post(
                "/admin/api/apps/{app}/upstreams/{id}/promote",
                authorized(ctx -> done(ctx, app -> app.promote(ctx.pathParam("id"), actor(ctx)))));
        routes.post(
                "/admin/api/apps/{app}/upstreams/{id}/rollback",
                authorized(ctx -> done(ctx, app -> app.rollBack(ctx.pathParam("id"), actor(ctx)))));
        routes.post(
                "/admin/api/apps/{app}/upstreams/{id}/drain",
                authorized(ctx -> done(ctx, app -> app.drain(ctx.pathParam("id"), actor(ctx)))));
        routes.delete(
                "/admin/api/apps/{app}/upstreams/{id}",
                authorized(ctx -> done(ctx, app -> app.remove(ctx.pathParam("id"), actor(ctx)))));
    }

    private void listApps(Context ctx) {
        var apps = new ArrayList<Map<String, Object>>();
        registry.all().forEach(app -> apps.add(AppReport.of(app)));
        var body = new LinkedHashMap<String, Object>();
        body.put("apps", apps);
        body.put(
                "changes", changeList().subList(0, Math.min(20, changes.recent().size())));
        ctx.header("Cache-Control", "no-store").json(body);
    }

    /** {@code PUT {upstreams: [{id?, manifest, weight}], timeout?}}: register an app or replace its releases. */
    private void registerApp(Context ctx) {
        String name = ctx.pathParam("app");
        if (!Manifest.NAME.matcher(name).matches()) {
            throw new ReleaseRefused(400, "an app's name must match " + Manifest.NAME.pattern());
        }
        JsonNode body = body(ctx);
        if (!body.path("upstreams").isArray() || body.path("upstreams").isEmpty()) {
            throw new ReleaseRefused(400, "upstreams must be a list of {id, manifest, weight}");
        }
        var upstreams = new ArrayList<UpstreamConfig>();
        var ids = new HashSet<String>();
        for (JsonNode node : body.path("upstreams")) {
            var upstream = upstream(node, Integer.toString(upstreams.size() + 1));
            if (!ids.add(upstream.id())) {
                throw new ReleaseRefused(400, "the upstream id " + upstream.id() + " is used twice");
            }
            upstreams.add(upstream);
        }
        int total = upstreams.stream().mapToInt(UpstreamConfig::weight).sum();
        if (total != 100) {
            throw new ReleaseRefused(400, "the weights must add up to 100, they add up to " + total);
        }
        var existing = registry.find(name);
        AppConfig base = existing.map(RegisteredApp::config).orElseGet(() -> defaults(name));
        if (body.has("timeout")) {
            base = withTimeout(base, duration(body.get("timeout"), "timeout"));
        }
        var roles = new LinkedHashMap<String, UpstreamRole>();
        upstreams.forEach(u -> roles.put(u.id(), UpstreamRole.LIVE));
        var app = registry.register(base.withUpstreams(upstreams), roles, actor(ctx));
        ctx.status(existing.isPresent() ? 200 : 201).json(AppReport.of(app));
    }

    private void removeApp(Context ctx) {
        String name = app(ctx).name();
        var usedBy = pages.stream()
                .filter(page ->
                        page.slots().stream().anyMatch(slot -> slot.app().equals(name)))
                .map(PageConfig::path)
                .toList();
        if (!usedBy.isEmpty()) {
            throw new ReleaseRefused(
                    409, name + " fills slots of " + String.join(", ", usedBy) + "; change the config first");
        }
        registry.remove(name, actor(ctx));
        ctx.status(204);
    }

    /** {@code POST {manifest, weight, id?, canary?}}: a new release takes its share. */
    private void addUpstream(Context ctx) {
        var app = app(ctx);
        JsonNode body = body(ctx);
        String nextId = Integer.toString(app.upstreams().stream()
                        .mapToInt(u -> u.id().matches("\\d+") ? Integer.parseInt(u.id()) : 0)
                        .max()
                        .orElse(0)
                + 1);
        var upstream = app.add(upstream(body, nextId), body.path("canary").asBoolean(true), actor(ctx));
        ctx.status(201).json(AppReport.of(upstream));
    }

    /** {@code PUT {"1": 90, "2": 10}}: every upstream's share, adding up to 100. */
    private void setWeights(Context ctx) {
        var app = app(ctx);
        JsonNode body = body(ctx);
        if (!body.isObject() || body.isEmpty()) {
            throw new ReleaseRefused(400, "weights must be an object of upstream id: weight");
        }
        var weights = new LinkedHashMap<String, Integer>();
        body.fields().forEachRemaining(e -> {
            if (!e.getValue().isInt()) {
                throw new ReleaseRefused(400, "the weight of " + e.getKey() + " must be a whole number");
            }
            weights.put(e.getKey(), e.getValue().asInt());
        });
        app.weights(weights, actor(ctx));
        ctx.json(AppReport.of(app));
    }

    /**
     * {@code PUT {weight: 50}}: one upstream's share; the others that take visitors share the
     * rest in their proportions, so a canary can be grown in one call.
     */
    private void setOneWeight(Context ctx) {
        var app = app(ctx);
        var upstream = upstream(ctx);
        JsonNode weight = body(ctx).path("weight");
        if (!weight.isInt()) {
            throw new ReleaseRefused(400, "weight must be a whole number from 0 to 100");
        }
        app.weight(upstream.id(), weight.asInt(), actor(ctx));
        ctx.json(AppReport.of(app));
    }

    private dev.collage.shell.registry.Upstream upstream(Context ctx) {
        var app = app(ctx);
        String id = ctx.pathParam("id");
        return app.upstream(id).orElseThrow(() -> new ReleaseRefused(404, app.name() + " has no upstream " + id));
    }

    private void done(Context ctx, java.util.function.Consumer<RegisteredApp> change) {
        var app = app(ctx);
        change.accept(app);
        ctx.json(AppReport.of(app));
    }

    private UpstreamConfig upstream(JsonNode node, String defaultId) {
        if (!node.isObject()) {
            throw new ReleaseRefused(400, "an upstream must be an object with a manifest and a weight");
        }
        String id = node.path("id").asText(defaultId);
        if (!UpstreamConfig.ID.matcher(id).matches()) {
            throw new ReleaseRefused(400, "the upstream id '" + id + "' must match " + UpstreamConfig.ID.pattern());
        }
        if (!node.path("weight").isInt()
                || node.path("weight").asInt() < 0
                || node.path("weight").asInt() > 100) {
            throw new ReleaseRefused(400, "the weight of " + id + " must be a whole number from 0 to 100");
        }
        return new UpstreamConfig(
                id,
                manifestUrl(node.path("manifest").asText("")),
                node.path("weight").asInt());
    }

    private static URI manifestUrl(String text) {
        try {
            URI uri = new URI(text);
            if (("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) && uri.getHost() != null) {
                return uri;
            }
        } catch (URISyntaxException e) {
            // answered below
        }
        throw new ReleaseRefused(400, "manifest '" + text + "' must be an http:// or https:// URL with a host");
    }

    private static Duration duration(JsonNode node, String field) {
        var m = DURATION.matcher(node.asText(""));
        if (!m.matches()) {
            throw new ReleaseRefused(400, field + " must be written like 800ms or 2s");
        }
        long amount = Long.parseLong(m.group(1));
        var value = m.group(2).equals("ms") ? Duration.ofMillis(amount) : Duration.ofSeconds(amount);
        if (value.isZero() || value.compareTo(Duration.ofSeconds(60)) > 0) {
            throw new ReleaseRefused(400, field + " must be from 1ms to 60s");
        }
        return value;
    }

    /** The settings of an app the admin API registers and the config does not know. */
    public static AppConfig defaults(String name) {
        return new AppConfig(
                name,
                List.of(),
                Duration.ofSeconds(1),
                Duration.ofSeconds(10),
                1 << 20,
                256,
                CircuitConfig.defaults(),
                RollbackConfig.defaults());
    }

    private static AppConfig withTimeout(AppConfig app, Duration timeout) {
        return new AppConfig(
                app.name(),
                app.upstreams(),
                timeout,
                app.proxyTimeout(),
                app.maxFragmentBytes(),
                app.maxInFlight(),
                app.circuit(),
                app.rollback());
    }

    private RegisteredApp app(Context ctx) {
        String name = ctx.pathParam("app");
        return registry.find(name).orElseThrow(() -> new ReleaseRefused(404, "no app named " + name));
    }

    private static JsonNode body(Context ctx) {
        try {
            JsonNode body = JSON.readTree(ctx.body());
            if (body == null) {
                throw new ReleaseRefused(400, "the body is empty; send JSON");
            }
            return body;
        } catch (JsonProcessingException e) {
            throw new ReleaseRefused(400, "the body is not JSON: " + e.getOriginalMessage());
        }
    }

    /** Who made a change, as they say, and from where; never the token. */
    private static String actor(Context ctx) {
        String said = ctx.header("X-Collage-Actor");
        String who = said != null && ACTOR.matcher(said).matches() ? said : "admin";
        return who + " (" + ctx.ip() + ")";
    }

    private List<Map<String, Object>> changeList() {
        var list = new ArrayList<Map<String, Object>>();
        for (ReleaseChange change : changes.recent()) {
            var entry = new LinkedHashMap<String, Object>();
            entry.put("at", change.at().toString());
            entry.put("actor", change.actor());
            entry.put("app", change.app());
            entry.put("action", change.action());
            entry.put("detail", change.detail());
            list.add(entry);
        }
        return list;
    }

    private Handler authorized(Handler handler) {
        return ctx -> {
            if (!token.accepts(ctx.header("Authorization"))) {
                ctx.status(401)
                        .header("WWW-Authenticate", "Bearer realm=\"collage-admin\"")
                        .json(Map.of("error", "a valid admin token is needed"));
                return;
            }
            try {
                handler.handle(ctx);
            } catch (ReleaseRefused refused) {
                ctx.status(refused.status()).json(Map.of("error", refused.getMessage()));
            }
        };
    }
}
