package dev.collage.shell.web;

import dev.collage.shell.registry.AppState;
import dev.collage.shell.registry.RegisteredApp;
import dev.collage.shell.registry.Upstream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An app as an operator reads it, as JSON-ready maps: each release (upstream) with its
 * manifest, version, state, share of the visitors, circuit, requests under way and recent
 * figures. The shell's health and the admin API both show it.
 */
public final class AppReport {

    /** The recent requests the error rate is taken over. */
    private static final int WINDOW = 100;

    private AppReport() {}

    public static Map<String, Object> of(RegisteredApp app) {
        var upstreams = new ArrayList<Map<String, Object>>();
        boolean ready = false;
        for (Upstream upstream : app.upstreams()) {
            upstreams.add(of(upstream));
            ready |= upstream.state() instanceof AppState.Ready;
        }
        var report = new LinkedHashMap<String, Object>();
        report.put("name", app.name());
        report.put("state", ready ? "ready" : "not-ready");
        report.put("upstreams", upstreams);
        return report;
    }

    public static Map<String, Object> of(Upstream upstream) {
        var entry = new LinkedHashMap<String, Object>();
        entry.put("id", upstream.id());
        entry.put("manifest", upstream.manifestUri().toString());
        entry.put("weight", upstream.weight());
        entry.put("canary", upstream.canary());
        entry.put("draining", upstream.draining());
        entry.put("circuit", upstream.guard().circuitState());
        entry.put("inFlight", upstream.guard().inFlight());
        AppState state = upstream.state();
        if (state instanceof AppState.Ready ready) {
            entry.put("state", "ready");
            entry.put("version", ready.loaded().version());
            entry.put("fallback", ready.loaded().fallbackHtml().isPresent());
            entry.put("loadedAt", ready.loaded().loadedAt().toString());
            if (!upstream.refreshProblem().isEmpty()) {
                entry.put("refreshProblem", upstream.refreshProblem());
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
        var stats = upstream.stats();
        entry.put("requests", stats.count());
        entry.put("p50Ms", stats.percentile(0.5).toNanos() / 1e6);
        entry.put("p99Ms", stats.percentile(0.99).toNanos() / 1e6);
        entry.put("errorRate", stats.errorRate(WINDOW));
        return entry;
    }
}
