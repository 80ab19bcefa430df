package dev.collage.shell.proxy;

import dev.collage.sdk.manifest.ManifestUrls;
import dev.collage.shell.registry.LoadedManifest;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;

/**
 * Where a browser request under {@code /apps/<name>/} goes on the app, if anywhere. Only two
 * kinds of path are forwarded: {@code <proxy name>/…} to that proxy's declared target, and the
 * app's assets ({@code assets/…} and the exact asset paths its manifest declares). Everything
 * else, and anything that tries to climb out with dot segments, encoded slashes or
 * backslashes, has no target.
 *
 * @param uri the URL on the app
 * @param asset whether it is a static asset (only GET and HEAD make sense)
 */
record ProxyTarget(URI uri, boolean asset) {

    static final String ASSETS = "assets";

    /**
     * @param rawPath the path after {@code /apps/<name>/}, exactly as the browser sent it (still
     *     percent-encoded)
     * @param rawQuery the query string as sent, or null
     */
    static Optional<ProxyTarget> of(LoadedManifest loaded, String rawPath, String rawQuery) {
        if (!isSafe(rawPath)) {
            return Optional.empty();
        }
        int slash = rawPath.indexOf('/');
        String first = slash < 0 ? rawPath : rawPath.substring(0, slash);
        String rest = slash < 0 ? "" : rawPath.substring(slash + 1);
        String query = rawQuery == null || rawQuery.isEmpty() ? "" : "?" + rawQuery;

        if (first.equals(ASSETS) && !rest.isEmpty()) {
            return Optional.of(new ProxyTarget(URI.create(loaded.folder() + rawPath + query), true));
        }
        if (isDeclaredAsset(loaded, rawPath)) {
            return Optional.of(new ProxyTarget(URI.create(loaded.folder() + rawPath + query), true));
        }
        String target = loaded.manifest().proxy().get(first);
        if (target == null) {
            return Optional.empty();
        }
        String base = loaded.resolve(target).toString();
        String joined = rest.isEmpty() ? base : stripTrailingSlash(base) + "/" + rest;
        return Optional.of(new ProxyTarget(URI.create(joined + query), false));
    }

    private static boolean isDeclaredAsset(LoadedManifest loaded, String rawPath) {
        var manifest = loaded.manifest();
        return manifest.css().stream().anyMatch(css -> sameRelative(css.value(), rawPath))
                || manifest.js().stream().anyMatch(js -> sameRelative(js.value(), rawPath));
    }

    private static boolean sameRelative(String declared, String rawPath) {
        return !ManifestUrls.isAbsolute(declared)
                && declared.replaceFirst("^/", "").equals(rawPath);
    }

    /** Refuses every way of writing a path that could mean something else once decoded. */
    static boolean isSafe(String rawPath) {
        if (rawPath.isEmpty() || rawPath.startsWith("/") || rawPath.contains("//")) {
            return false;
        }
        String lower = rawPath.toLowerCase(Locale.ROOT);
        if (lower.contains("%2f")
                || lower.contains("%5c")
                || lower.contains("%00")
                || rawPath.contains("\\")
                || rawPath.chars().anyMatch(c -> c < 0x21 || c == 0x7f)) {
            return false;
        }
        for (String segment : rawPath.split("/", -1)) {
            String decoded;
            try {
                decoded = URLDecoder.decode(segment.replace("+", "%2B"), StandardCharsets.UTF_8);
            } catch (IllegalArgumentException malformed) {
                return false;
            }
            if (decoded.equals(".") || decoded.equals("..")) {
                return false;
            }
        }
        return true;
    }

    private static String stripTrailingSlash(String s) {
        return s.endsWith("/") ? s.substring(0, s.length() - 1) : s;
    }
}
