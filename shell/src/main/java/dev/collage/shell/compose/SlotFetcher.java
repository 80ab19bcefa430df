package dev.collage.shell.compose;

import dev.collage.shell.cache.CachedFragment;
import dev.collage.shell.cache.FragmentCache;
import dev.collage.shell.context.VisitorContext;
import dev.collage.shell.fallback.FallbackChain;
import dev.collage.shell.fetch.AppClient;
import dev.collage.shell.fetch.FragmentAnswer;
import dev.collage.shell.fetch.FragmentFetch;
import dev.collage.shell.fetch.Outcome;
import dev.collage.shell.fetch.SlotResult;
import dev.collage.shell.observe.SlotEvent;
import dev.collage.shell.observe.SlotListener;
import dev.collage.shell.registry.LoadedManifest;
import dev.collage.shell.registry.Upstream;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * Fills one slot. The way is always the same: the visitor's release of the app → a fresh
 * cached copy → the release's guard (circuit, bulkhead) → the fragment request → into the
 * cache; and whenever a step cannot go on, the {@link FallbackChain}. The returned future
 * always completes, normally, by the slot's deadline: a slot's failure is a
 * {@link SlotResult}, never an exception.
 */
final class SlotFetcher {

    private final AppClient client;
    private final SlotListener events;
    private final FragmentCache cache;
    private final Clock clock;
    private final Set<String> revalidating = ConcurrentHashMap.newKeySet();

    SlotFetcher(AppClient client, SlotListener events, FragmentCache cache, Clock clock) {
        this.client = client;
        this.events = events;
        this.cache = cache;
        this.clock = clock;
    }

    /** One slot's request as it travels through the steps. */
    private record Trip(
            String page,
            SlotPlan plan,
            Upstream upstream,
            LoadedManifest loaded,
            URI uri,
            VisitorContext visitor,
            String cacheKey,
            Duration deadline,
            long startedNanos) {

        Duration took() {
            return Duration.ofNanos(System.nanoTime() - startedNanos);
        }
    }

    CompletableFuture<SlotResult> start(
            String page, SlotPlan plan, VisitorContext visitor, Duration budget, long pageStartNanos) {
        Optional<LoadedManifest> loaded = plan.upstream().flatMap(Upstream::loaded);
        if (loaded.isEmpty()) {
            var result = FallbackChain.instead(
                    Optional.empty(), plan.app().anyLoaded(), Outcome.UNAVAILABLE, since(pageStartNanos));
            return done(page, plan, "", result, "", "no release of the app is up");
        }
        var upstream = plan.upstream().get();
        URI uri = withQuery(loaded.get().contentUri(), plan.params());
        Duration timeout = plan.app().config().timeout();
        var trip = new Trip(
                page,
                plan,
                upstream,
                loaded.get(),
                uri,
                visitor,
                FragmentCache.key(
                        plan.app().name(),
                        loaded.get().version(),
                        uri.toString(),
                        visitor.locale(),
                        visitor.deviceType()),
                timeout.compareTo(budget) < 0 ? timeout : budget,
                pageStartNanos);

        Optional<CachedFragment> cached = cache.find(trip.cacheKey());
        if (cached.isPresent() && cached.get().isFresh(clock.instant())) {
            return done(trip, fromCache(cached.get(), Outcome.CACHED, trip), "", "");
        }
        if (cached.isPresent() && cached.get().mayServeWhileRevalidating(clock.instant())) {
            revalidate(trip);
            return done(trip, fromCache(cached.get(), Outcome.STALE, trip), "", "revalidating");
        }
        Optional<CachedFragment> staleOnError = cached.filter(c -> c.mayServeOnError(clock.instant()));
        Optional<Outcome> refusal = upstream.guard().refusal();
        if (refusal.isPresent()) {
            return done(
                    trip,
                    FallbackChain.instead(staleOnError, loaded, refusal.get(), trip.took()),
                    "",
                    "not called: " + refusal.get().label());
        }
        return fetch(trip)
                .thenCompose(answer -> done(
                        trip,
                        toResult(trip, answer, staleOnError),
                        versionOf(answer),
                        answer instanceof FragmentAnswer.Failed f ? f.detail() : ""));
    }

    /** The guarded request: the release hears how it ended, the cache keeps what the app allows. */
    private CompletableFuture<FragmentAnswer> fetch(Trip trip) {
        long started = System.nanoTime();
        var upstream = trip.upstream();
        return FragmentFetch.send(
                        client,
                        trip.uri(),
                        trip.visitor().forApp(upstream.app(), trip.loaded().version()),
                        trip.deadline(),
                        trip.plan().app().config().maxFragmentBytes())
                .thenApply(answer -> inVersion(answer, trip.loaded().version()))
                .thenApply(answer -> {
                    trip.plan()
                            .app()
                            .finished(upstream, outcomeOf(answer), Duration.ofNanos(System.nanoTime() - started));
                    if (answer instanceof FragmentAnswer.Answered a && a.status() < 300) {
                        cache.store(trip.cacheKey(), a.html(), a.version(), a.title(), a.cacheControl());
                    }
                    return answer;
                });
    }

    /**
     * A fragment from another version than the one whose assets the page links (the app was
     * replaced in place) would be one release's HTML with another's CSS and JS. It is refused
     * like a failure, and the version it names makes the shell read the manifest again.
     */
    private static FragmentAnswer inVersion(FragmentAnswer answer, String planned) {
        if (answer instanceof FragmentAnswer.Answered a
                && a.status() < 300
                && !a.version().isEmpty()
                && !a.version().equals(planned)) {
            return new FragmentAnswer.Failed(
                    Outcome.ERROR,
                    "answered as version " + a.version() + ", the page links " + planned,
                    false,
                    a.version());
        }
        return answer;
    }

    /** Fetches a new copy behind a stale one already shown; one at a time per fragment. */
    private void revalidate(Trip trip) {
        if (!revalidating.add(trip.cacheKey())) {
            return;
        }
        if (trip.upstream().guard().refusal().isPresent()) {
            revalidating.remove(trip.cacheKey());
            return;
        }
        fetch(trip).whenComplete((answer, failure) -> revalidating.remove(trip.cacheKey()));
    }

    private static SlotResult toResult(Trip trip, FragmentAnswer answer, Optional<CachedFragment> staleOnError) {
        if (answer instanceof FragmentAnswer.Answered answered) {
            return answered.status() == 404
                    ? new SlotResult.NotFound(trip.took())
                    : new SlotResult.Rendered(
                            answered.html(), answered.version(), answered.title(), Outcome.OK, trip.took());
        }
        var failed = (FragmentAnswer.Failed) answer;
        return FallbackChain.instead(staleOnError, Optional.of(trip.loaded()), failed.outcome(), trip.took());
    }

    private static SlotResult fromCache(CachedFragment copy, Outcome outcome, Trip trip) {
        return new SlotResult.Rendered(copy.html(), copy.version(), copy.title(), outcome, trip.took());
    }

    private static Outcome outcomeOf(FragmentAnswer answer) {
        if (answer instanceof FragmentAnswer.Failed failed) {
            return failed.outcome();
        }
        return ((FragmentAnswer.Answered) answer).status() == 404 ? Outcome.NOT_FOUND : Outcome.OK;
    }

    private static String versionOf(FragmentAnswer answer) {
        // a refused version still tells the refresher which version the app now runs
        return answer instanceof FragmentAnswer.Answered answered
                ? answered.version()
                : ((FragmentAnswer.Failed) answer).version();
    }

    private CompletableFuture<SlotResult> done(Trip trip, SlotResult result, String version, String detail) {
        return done(trip.page(), trip.plan(), trip.upstream().id(), result, version, detail);
    }

    private CompletableFuture<SlotResult> done(
            String page, SlotPlan plan, String upstream, SlotResult result, String version, String detail) {
        events.slotFinished(new SlotEvent(
                page, plan.name(), plan.app().name(), upstream, result.outcome(), result.took(), version, detail));
        return CompletableFuture.completedFuture(result);
    }

    private static URI withQuery(URI content, Map<String, String> params) {
        if (params.isEmpty()) {
            return content;
        }
        String query = params.entrySet().stream()
                .sorted(Map.Entry.comparingByKey())
                .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&"));
        return URI.create(content + (content.getRawQuery() == null ? "?" : "&") + query);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static Duration since(long startNanos) {
        return Duration.ofNanos(System.nanoTime() - startNanos);
    }
}
