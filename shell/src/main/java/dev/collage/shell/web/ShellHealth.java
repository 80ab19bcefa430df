package dev.collage.shell.web;

import dev.collage.shell.registry.AppRegistry;
import dev.collage.shell.registry.AppState;
import dev.collage.shell.registry.RegisteredApp;
import io.javalin.http.Context;
import java.util.LinkedHashMap;

/**
 * {@code GET /health}: the shell is up (200) as long as it can serve pages, which it can with
 * every app down; every app's releases, their states and the reasons they are not ready are
 * listed for the operator.
 */
public final class ShellHealth {

    private final AppRegistry registry;

    public ShellHealth(AppRegistry registry) {
        this.registry = registry;
    }

    public void handle(Context ctx) {
        var apps = new LinkedHashMap<String, Object>();
        boolean allReady = true;
        for (RegisteredApp app : registry.all()) {
            apps.put(app.name(), AppReport.of(app));
            allReady &= app.upstreams().stream().anyMatch(u -> u.state() instanceof AppState.Ready);
        }
        var body = new LinkedHashMap<String, Object>();
        body.put("status", "UP");
        body.put("apps", allReady ? "ready" : "degraded");
        body.put("details", apps);
        ctx.header("Cache-Control", "no-store").json(body);
    }
}
