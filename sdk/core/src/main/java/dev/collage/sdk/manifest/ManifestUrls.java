package dev.collage.sdk.manifest;

import java.net.URI;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * How the paths in a manifest become URLs. Podium joins a relative path to the manifest's
 * folder, even when it starts with a slash: {@code http://h/a/manifest.json} and
 * {@code /content} give {@code http://h/a/content}. That lets an app be mounted under any
 * prefix without changing its manifest. Absolute {@code http(s)} URLs are used as given.
 */
public final class ManifestUrls {

    private static final Pattern DOT_SEGMENT = Pattern.compile("(^|/)\\.\\.?(/|$|\\?)");

    private ManifestUrls() {}

    public static boolean isAbsolute(String value) {
        return value.startsWith("http://") || value.startsWith("https://");
    }

    /** The URL that {@code value}, written in the manifest at {@code manifestUrl}, stands for. */
    public static URI resolve(URI manifestUrl, String value) {
        if (isAbsolute(value)) {
            return URI.create(value);
        }
        String relative = value.startsWith("/") ? value.substring(1) : value;
        return folderOf(manifestUrl).resolve(relative);
    }

    /** The manifest's folder, always ending in a slash. */
    public static URI folderOf(URI manifestUrl) {
        return manifestUrl.resolve(".");
    }

    /** Why {@code value} cannot stand in a manifest field, if it cannot. */
    static Optional<String> problem(String field, String value) {
        if (value.chars().anyMatch(c -> c <= ' ' || c == '\\' || c == 0x7f)) {
            return Optional.of(field + " '" + value + "' contains white space, a control character or a backslash");
        }
        if (isAbsolute(value)) {
            try {
                URI uri = new URI(value);
                if (uri.getHost() == null) {
                    return Optional.of(field + " '" + value + "' has no host");
                }
                return Optional.empty();
            } catch (java.net.URISyntaxException e) {
                return Optional.of(field + " '" + value + "' is not a valid URL: " + e.getReason());
            }
        }
        if (value.contains(":") && value.indexOf(':') < indexOfOr(value, '/', value.length())) {
            return Optional.of(field + " '" + value + "' must be a path or an http(s) URL");
        }
        if (value.startsWith("//")) {
            return Optional.of(field + " '" + value + "' must not be protocol-relative");
        }
        if (DOT_SEGMENT.matcher(value).find()) {
            return Optional.of(field + " '" + value + "' must not contain '.' or '..' segments");
        }
        try {
            new URI(value);
        } catch (java.net.URISyntaxException e) {
            return Optional.of(field + " '" + value + "' is not a valid path: " + e.getReason());
        }
        return Optional.empty();
    }

    private static int indexOfOr(String s, char c, int otherwise) {
        int i = s.indexOf(c);
        return i < 0 ? otherwise : i;
    }
}
