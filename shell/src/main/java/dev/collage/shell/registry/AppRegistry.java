package dev.collage.shell.registry;

import dev.collage.shell.config.AppConfig;
import dev.collage.shell.config.UpstreamConfig;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * Every app the shell composes, by name. Apps come from the config, and the admin API adds,
 * changes and removes them while the shell runs; whoever needs to hear of a change (the
 * manifest refresher, the saved state, the change log) listens.
 */
public final class AppRegistry {

    private final Clock clock;
    private final Map<String, RegisteredApp> apps = new ConcurrentHashMap<>();
    private final List<String> order = new CopyOnWriteArrayList<>();
    private final List<Consumer<ReleaseChange>> changeListeners = new CopyOnWriteArrayList<>();
    private final List<Consumer<Upstream>> addedListeners = new CopyOnWriteArrayList<>();
    private final List<Consumer<Upstream>> removedListeners = new CopyOnWriteArrayList<>();

    public AppRegistry(Collection<AppConfig> configs, Clock clock) {
        this.clock = clock;
        configs.forEach(config -> put(config, Map.of(), List.of()));
    }

    public Optional<RegisteredApp> find(String name) {
        return Optional.ofNullable(apps.get(name));
    }

    public RegisteredApp get(String name) {
        return find(name).orElseThrow(() -> new IllegalArgumentException("no app named " + name));
    }

    /** Every app, in the order of the config, then of registration. */
    public List<RegisteredApp> all() {
        var all = new ArrayList<RegisteredApp>();
        order.forEach(name -> find(name).ifPresent(all::add));
        return all;
    }

    /** Every upstream of every app. */
    public List<Upstream> upstreams() {
        return all().stream().flatMap(app -> app.upstreams().stream()).toList();
    }

    /**
     * Registers {@code config}, or replaces a registered app's upstreams with its own; an
     * upstream that stays (same id and manifest) keeps its state, guard and figures.
     *
     * @param roles which of its upstreams are canaries or draining; the others are plainly live
     */
    public synchronized RegisteredApp register(AppConfig config, Map<String, UpstreamRole> roles, String actor) {
        var before = apps.get(config.name());
        var app = put(config, roles, before == null ? List.of() : before.upstreams());
        if (before != null) {
            before.upstreams().forEach(old -> {
                var kept = app.upstream(old.id());
                if (kept.isEmpty() || !kept.get().manifestUri().equals(old.manifestUri())) {
                    old.remove();
                    removedListeners.forEach(l -> l.accept(old));
                }
            });
        }
        app.upstreams().forEach(u -> addedListeners.forEach(l -> l.accept(u)));
        changed(new ReleaseChange(
                clock.instant(),
                actor,
                config.name(),
                before == null ? "registered" : "replaced",
                config.upstreams().toString()));
        return app;
    }

    /** Forgets an app and stops reading its manifests. */
    public synchronized void remove(String name, String actor) {
        var app = apps.remove(name);
        if (app == null) {
            throw new ReleaseRefused(404, "no app named " + name);
        }
        order.remove(name);
        app.upstreams().forEach(u -> {
            u.remove();
            removedListeners.forEach(l -> l.accept(u));
        });
        changed(new ReleaseChange(clock.instant(), actor, name, "removed", "the whole app"));
    }

    public void onChange(Consumer<ReleaseChange> listener) {
        changeListeners.add(listener);
    }

    public void onUpstreamAdded(Consumer<Upstream> listener) {
        addedListeners.add(listener);
    }

    public void onUpstreamRemoved(Consumer<Upstream> listener) {
        removedListeners.add(listener);
    }

    /** Puts the app in, its upstreams made from {@code config} or kept from {@code existing}. */
    private RegisteredApp put(AppConfig config, Map<String, UpstreamRole> roles, List<Upstream> existing) {
        var upstreams = new ArrayList<Upstream>();
        for (UpstreamConfig wanted : config.upstreams()) {
            var role = roles.getOrDefault(wanted.id(), UpstreamRole.LIVE);
            var kept = existing.stream()
                    .filter(u -> u.id().equals(wanted.id()) && u.manifestUri().equals(wanted.manifest()))
                    .findFirst();
            kept.ifPresent(u -> u.reuse(wanted.weight(), role));
            upstreams.add(kept.orElseGet(() -> new Upstream(config, wanted, role, clock)));
        }
        var app = new RegisteredApp(
                config,
                upstreams,
                clock,
                this::changed,
                upstream -> addedListeners.forEach(l -> l.accept(upstream)),
                upstream -> removedListeners.forEach(l -> l.accept(upstream)));
        if (apps.put(config.name(), app) == null) {
            order.add(config.name());
        }
        return app;
    }

    private void changed(ReleaseChange change) {
        changeListeners.forEach(l -> l.accept(change));
    }
}
