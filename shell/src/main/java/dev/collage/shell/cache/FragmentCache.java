package dev.collage.shell.cache;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Fragments the apps allow to be cached ({@code Cache-Control} with a max-age and not
 * private), bounded in bytes: a fresh copy spares the app a request, a stale one may stand in
 * for it while it is refetched or when it fails. Keys name the app's version, so a new release
 * never shows an old release's copy.
 */
public final class FragmentCache {

    private final Clock clock;
    private final long maxBytes;
    private final Cache<String, CachedFragment> entries;

    /** @param maxBytes memory for cached fragments; 0 turns caching off */
    public FragmentCache(long maxBytes, Clock clock) {
        this.clock = clock;
        this.maxBytes = maxBytes;
        this.entries = Caffeine.newBuilder()
                .maximumWeight(maxBytes)
                .weigher((String key, CachedFragment value) -> 2 * key.length() + value.weightInBytes())
                .expireAfter(new Expiry<String, CachedFragment>() {
                    @Override
                    public long expireAfterCreate(String key, CachedFragment value, long currentTime) {
                        return value.lifetime().toNanos();
                    }

                    @Override
                    public long expireAfterUpdate(String key, CachedFragment value, long currentTime, long left) {
                        return value.lifetime().toNanos();
                    }

                    @Override
                    public long expireAfterRead(String key, CachedFragment value, long currentTime, long left) {
                        return left;
                    }
                })
                .ticker(() -> TimeUnit.MILLISECONDS.toNanos(clock.millis()))
                .build();
    }

    public Optional<CachedFragment> find(String key) {
        return Optional.ofNullable(entries.getIfPresent(key));
    }

    /** Keeps {@code html} when {@code cacheControl} allows it; forgets any older copy when it does not. */
    public void store(String key, String html, String version, Optional<String> title, Optional<String> cacheControl) {
        var control = CacheControl.parse(cacheControl);
        if (!control.storable() || maxBytes == 0) {
            entries.invalidate(key);
            return;
        }
        entries.put(
                key,
                new CachedFragment(
                        html,
                        version,
                        title,
                        clock.instant(),
                        control.maxAge(),
                        control.staleWhileRevalidate(),
                        control.staleIfError()));
    }

    /** The key of one fragment request: what a fragment may differ by, and the version that made it. */
    public static String key(String app, String version, String uri, String locale, String deviceType) {
        return app + '\n' + version + '\n' + uri + '\n' + locale + '\n' + deviceType;
    }
}
