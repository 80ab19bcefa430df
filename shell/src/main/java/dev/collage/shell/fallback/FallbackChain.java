package dev.collage.shell.fallback;

import dev.collage.shell.cache.CachedFragment;
import dev.collage.shell.fetch.Outcome;
import dev.collage.shell.fetch.SlotResult;
import dev.collage.shell.registry.LoadedManifest;
import java.time.Duration;
import java.util.Optional;

/**
 * What a slot shows when its app cannot answer, best first: a cached copy of the same fragment
 * that the app allows to be shown on error ({@code stale-if-error}), else the fallback the app
 * declared (read with its manifest, ahead of time), else a neutral placeholder that keeps the
 * layout's space.
 */
public final class FallbackChain {

    private FallbackChain() {}

    public static SlotResult instead(
            Optional<CachedFragment> staleOnError, Optional<LoadedManifest> loaded, Outcome why, Duration took) {
        if (staleOnError.isPresent()) {
            var copy = staleOnError.get();
            return new SlotResult.Rendered(copy.html(), copy.version(), copy.title(), Outcome.STALE, took);
        }
        return loaded.flatMap(LoadedManifest::fallbackHtml)
                .<SlotResult>map(html -> new SlotResult.Fallback(html, why, took))
                .orElseGet(() -> new SlotResult.Placeholder(why, took));
    }
}
