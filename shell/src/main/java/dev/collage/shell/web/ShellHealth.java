package dev.collage.shell.web;

import dev.collage.shell.registry.AppRegistry;
import dev.collage.shell.registry.AppState;
import dev.collage.shell.registry.RegisteredApp;
import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code GET /health}: the shell is up (200) as long as it can serve pages, which it can with
 * every app down; each app's state and the reason it is not ready are listed for the operator.
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
            apps.put(app.name(), describe(app));
            allReady &= app.state() instanceof AppState.Ready;
        }
        var body = new LinkedHashMap<String, Object>();
        body.put("status", "UP");
        body.put("apps", allReady ? "ready" : "degraded");
        body.put("details", apps);
        ctx.header("Cache-Control", "no-store").json(body);
    }

    private static Map<String, Object> describe(RegisteredApp app) {
        var entry = new LinkedHashMap<String, Object>();
        entry.put("manifest", app.config().manifest().toString());
        entry.put("circuit", app.guard().circuitState());
        AppState state = app.state();
        if (state instanceof AppState.Ready ready) {
            entry.put("state", "ready");
            entry.put("version", ready.loaded().version());
            entry.put("fallback", ready.loaded().fallbackHtml().isPresent());
            entry.put("loadedAt", ready.loaded().loadedAt().toString());
            if (!app.refreshProblem().isEmpty()) {
                entry.put("refreshProblem", app.refreshProblem());
            }
        } else if (state instanceof AppState.Pending pending) {
            entry.put("state", "pending");
            entry.put("reason", pending.reason());
            entry.put("since", pending.since().toString());
        } else if (state instanceof AppState.Unavailable unavailable) {
            entry.put("state", "unavailable");
            entry.put("reason", unavailable.reason());
            entry.put("since", unavailable.since().toString());
        }
        return entry;
    }
}
