package dev.collage.shell.registry;

import dev.collage.shell.config.AppConfig;
import dev.collage.shell.config.UpstreamConfig;
import dev.collage.shell.fetch.Outcome;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * One app as the shell sees it: its settings and its upstreams (one normally, two while a
 * release rolls out), and the release operations that move visitors between them. The list of
 * upstreams is replaced whole on every change, so a page reads one consistent picture.
 */
public final class RegisteredApp {

    private final Clock clock;
    private final Consumer<ReleaseChange> changes;
    private final Consumer<Upstream> added;
    private final Consumer<Upstream> removed;
    private volatile AppConfig config;
    private volatile List<Upstream> upstreams;

    RegisteredApp(
            AppConfig config,
            List<Upstream> upstreams,
            Clock clock,
            Consumer<ReleaseChange> changes,
            Consumer<Upstream> added,
            Consumer<Upstream> removed) {
        this.clock = clock;
        this.changes = changes;
        this.added = added;
        this.removed = removed;
        this.config = config;
        this.upstreams = List.copyOf(upstreams);
    }

    public String name() {
        return config.name();
    }

    /** The app's settings; its upstreams as they are now are {@link #upstreams()}. */
    public AppConfig config() {
        return config;
    }

    public List<Upstream> upstreams() {
        return upstreams;
    }

    public Optional<Upstream> upstream(String id) {
        return upstreams.stream().filter(u -> u.id().equals(id)).findFirst();
    }

    /**
     * The upstream that serves {@code visitorId}: by weight among those that take new visitors,
     * else any that is up (an app whose only live release is draining still answers).
     */
    public Optional<Upstream> choose(String visitorId) {
        var list = upstreams;
        return UpstreamChoice.of(list, visitorId)
                .or(() -> list.stream().filter(u -> u.loaded().isPresent()).findFirst());
    }

    /** The live upstream that runs {@code version}, for the assets and API calls of a page it served. */
    public Optional<Upstream> withVersion(String version) {
        return upstreams.stream()
                .filter(u -> u.loaded().map(l -> l.version().equals(version)).orElse(false))
                .min((a, b) -> Boolean.compare(!a.takesNewVisitors(), !b.takesNewVisitors()));
    }

    /** Some manifest of the app, for a fallback when no upstream can be chosen. */
    public Optional<LoadedManifest> anyLoaded() {
        return upstreams.stream().flatMap(u -> u.loaded().stream()).findFirst();
    }

    /**
     * A fragment request to {@code upstream} ended. A canary that fails too often is taken out
     * of the release at once: its weight goes to 0 and the others take its visitors.
     */
    public void finished(Upstream upstream, Outcome outcome, Duration took) {
        upstream.finished(outcome, took);
        var rule = config.rollback();
        if (upstream.canary()
                && upstream.weight() > 0
                && outcome.isAppFailure()
                && upstream.stats().recent(rule.window()) >= rule.minCalls()
                && upstream.stats().errorRate(rule.window()) >= rule.errorRate()) {
            synchronized (this) {
                if (upstream.weight() > 0) {
                    String rate = Math.round(upstream.stats().errorRate(rule.window())) + "%";
                    setWeights(upstream, 0);
                    changed(
                            "shell",
                            "rolled-back",
                            upstream.id() + " failed " + rate + " of its last "
                                    + upstream.stats().recent(rule.window()) + " requests");
                }
            }
        }
    }

    // --- release operations --------------------------------------------------------------

    /** Adds an upstream with {@code weight}; the others share the rest in their proportions. */
    public synchronized Upstream add(UpstreamConfig config, boolean canary, String actor) {
        if (upstream(config.id()).isPresent()) {
            throw new ReleaseRefused(409, name() + " already has an upstream " + config.id());
        }
        var upstream = new Upstream(this.config, config, new UpstreamRole(canary, false), clock);
        var list = new ArrayList<>(upstreams);
        list.add(upstream);
        upstreams = List.copyOf(list);
        setWeights(upstream, config.weight());
        added.accept(upstream);
        changed(
                actor,
                canary ? "canary-added" : "upstream-added",
                config.id() + " at " + config.manifest() + ", weight " + config.weight());
        return upstream;
    }

    /** Sets the weights of the named upstreams; all weights together must make 100. */
    public synchronized void weights(Map<String, Integer> weights, String actor) {
        var next = new LinkedHashMap<String, Integer>();
        upstreams.forEach(u -> next.put(u.id(), u.weight()));
        weights.forEach((id, weight) -> {
            var upstream = upstream(id).orElseThrow(() -> new ReleaseRefused(400, name() + " has no upstream " + id));
            if (weight < 0 || weight > 100) {
                throw new ReleaseRefused(400, "weight of " + id + " must be from 0 to 100, was " + weight);
            }
            if (upstream.draining() && weight > 0) {
                throw new ReleaseRefused(400, id + " is draining; it can take no visitors");
            }
            next.put(id, weight);
        });
        int total = next.values().stream().mapToInt(Integer::intValue).sum();
        if (total != 100) {
            throw new ReleaseRefused(400, "the weights must add up to 100, they would add up to " + total);
        }
        upstreams.forEach(u -> u.weight(next.get(u.id())));
        changed(actor, "weights", next.toString());
    }

    /** Gives {@code id} a share of {@code weight}; the others share the rest in their proportions. */
    public synchronized void weight(String id, int weight, String actor) {
        var upstream = existing(id);
        if (weight < 0 || weight > 100) {
            throw new ReleaseRefused(400, "weight of " + id + " must be from 0 to 100, was " + weight);
        }
        if (upstream.draining() && weight > 0) {
            throw new ReleaseRefused(400, id + " is draining; it can take no visitors");
        }
        if (weight < 100 && upstreams.stream().noneMatch(u -> u != upstream && !u.draining())) {
            throw new ReleaseRefused(400, id + " is the only upstream of " + name() + " that takes visitors");
        }
        setWeights(upstream, weight);
        changed(actor, "weight", id + " to " + weight);
    }

    /** Sends every visitor to {@code id}: the release is done. */
    public synchronized void promote(String id, String actor) {
        var upstream = existing(id);
        if (upstream.draining()) {
            throw new ReleaseRefused(400, id + " is draining and cannot be promoted");
        }
        upstreams.forEach(u -> u.weight(u == upstream ? 100 : 0));
        upstream.promoted();
        changed(actor, "promoted", id);
    }

    /** Takes {@code id}'s visitors away and gives them to the others. */
    public synchronized void rollBack(String id, String actor) {
        setWeights(existing(id), 0);
        changed(actor, "rolled-back", id);
    }

    /** No new visitors for {@code id}; its requests under way finish. Then it can be removed. */
    public synchronized void drain(String id, String actor) {
        var upstream = existing(id);
        if (upstreams.stream().noneMatch(u -> u != upstream && !u.draining())) {
            throw new ReleaseRefused(400, id + " is the last upstream of " + name() + " that is not draining");
        }
        setWeights(upstream, 0);
        upstream.drain();
        changed(actor, "draining", id + " (" + upstream.guard().inFlight() + " requests under way)");
    }

    /** Forgets {@code id}, which must not have visitors any more. */
    public synchronized void remove(String id, String actor) {
        var upstream = existing(id);
        if (upstream.weight() > 0) {
            throw new ReleaseRefused(
                    409, id + " still has weight " + upstream.weight() + "; drain or roll it back first");
        }
        if (upstreams.size() == 1) {
            throw new ReleaseRefused(409, id + " is the only upstream of " + name());
        }
        var list = new ArrayList<>(upstreams);
        list.remove(upstream);
        upstreams = List.copyOf(list);
        upstream.remove();
        removed.accept(upstream);
        changed(actor, "removed", id);
    }

    private Upstream existing(String id) {
        return upstream(id).orElseThrow(() -> new ReleaseRefused(404, name() + " has no upstream " + id));
    }

    /**
     * Gives {@code target} its weight and the other upstreams that take visitors the rest, in
     * the proportions they had (equally if they had none), so the total stays 100.
     */
    private void setWeights(Upstream target, int weight) {
        var others =
                upstreams.stream().filter(u -> u != target && !u.draining()).toList();
        int rest = 100 - weight;
        if (others.isEmpty()) {
            target.weight(100);
            return;
        }
        int before = others.stream().mapToInt(Upstream::weight).sum();
        int given = 0;
        for (int i = 0; i < others.size(); i++) {
            var other = others.get(i);
            int share = before == 0 ? rest / others.size() : (int) ((long) rest * other.weight() / before);
            other.weight(share);
            given += share;
        }
        // what rounding left over goes to the first, so the total is exactly 100
        others.get(0).weight(others.get(0).weight() + rest - given);
        target.weight(weight);
    }

    private void changed(String actor, String action, String detail) {
        changes.accept(new ReleaseChange(clock.instant(), actor, name(), action, detail));
    }
}
