package dev.collage.shell.config;

import java.time.Duration;

/**
 * How pages are streamed.
 *
 * @param inOrderWait how long, counted from the start of the request, the layout may wait for a
 *     slot to keep it in document order; a slot not ready by then gets a placeholder and is
 *     streamed when it arrives, so it holds back nothing after it
 * @param pageBudget the longest any page waits for its slots, whatever the apps' own deadlines
 * @param cacheBytes memory for fragments the apps allow to be cached
 */
public record CompositionConfig(Duration inOrderWait, Duration pageBudget, long cacheBytes) {

    public static CompositionConfig defaults() {
        return new CompositionConfig(Duration.ofMillis(50), Duration.ofSeconds(3), 32L << 20);
    }
}
