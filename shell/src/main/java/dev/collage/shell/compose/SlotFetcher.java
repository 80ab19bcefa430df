package dev.collage.shell.compose;

import dev.collage.shell.context.VisitorContext;
import dev.collage.shell.fallback.FallbackChain;
import dev.collage.shell.fetch.FragmentAnswer;
import dev.collage.shell.fetch.FragmentFetch;
import dev.collage.shell.fetch.Outcome;
import dev.collage.shell.fetch.SlotResult;
import dev.collage.shell.observe.SlotEvent;
import dev.collage.shell.observe.SlotListener;
import dev.collage.shell.registry.LoadedManifest;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;

/**
 * Fills one slot: fetch the fragment, or fall back. The returned future always completes,
 * normally, by the app's deadline: a slot's failure is a {@link SlotResult}, never an exception.
 */
final class SlotFetcher {

    private final SlotListener events;

    SlotFetcher(SlotListener events) {
        this.events = events;
    }

    CompletableFuture<SlotResult> start(String page, SlotPlan plan, VisitorContext visitor, long pageStartNanos) {
        var app = plan.app();
        Optional<LoadedManifest> loaded = app.loaded();
        if (loaded.isEmpty()) {
            var result = FallbackChain.instead(loaded, Outcome.UNAVAILABLE, since(pageStartNanos));
            report(page, plan, result, "", "no usable manifest");
            return CompletableFuture.completedFuture(result);
        }
        URI uri = withQuery(loaded.get().contentUri(), plan);
        return FragmentFetch.send(
                        app.http(),
                        uri,
                        visitor.forApp(app.name()),
                        app.config().timeout(),
                        app.config().maxFragmentBytes())
                .thenApply(answer -> {
                    SlotResult result = toResult(answer, loaded, since(pageStartNanos));
                    report(
                            page,
                            plan,
                            result,
                            answer instanceof FragmentAnswer.Answered a ? a.version() : "",
                            answer instanceof FragmentAnswer.Failed f ? f.detail() : "");
                    return result;
                });
    }

    private static SlotResult toResult(FragmentAnswer answer, Optional<LoadedManifest> loaded, Duration took) {
        if (answer instanceof FragmentAnswer.Answered answered) {
            return answered.status() == 404
                    ? new SlotResult.NotFound(took)
                    : new SlotResult.Rendered(answered.html(), answered.version(), answered.title(), took);
        }
        return FallbackChain.instead(loaded, ((FragmentAnswer.Failed) answer).outcome(), took);
    }

    private void report(String page, SlotPlan plan, SlotResult result, String version, String detail) {
        events.slotFinished(
                new SlotEvent(page, plan.name(), plan.app().name(), result.outcome(), result.took(), version, detail));
    }

    private static URI withQuery(URI content, SlotPlan plan) {
        if (plan.params().isEmpty()) {
            return content;
        }
        String query = plan.params().entrySet().stream()
                .sorted(java.util.Map.Entry.comparingByKey())
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
