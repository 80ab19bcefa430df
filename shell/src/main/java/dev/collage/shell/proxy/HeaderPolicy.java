package dev.collage.shell.proxy;

import java.util.List;

/**
 * Which headers cross the proxy. Allow-lists, not deny-lists: a header nobody thought of does
 * not reach an app (cookies, credentials, the visitor's address) or the browser (an app's
 * {@code Set-Cookie}, its server banner).
 */
final class HeaderPolicy {

    /** From the browser to the app, besides the {@code podium-*} context the shell adds itself. */
    static final List<String> REQUEST = List.of(
            "accept",
            "accept-language",
            "content-type",
            "if-match",
            "if-none-match",
            "if-modified-since",
            "idempotency-key");

    /** From the app back to the browser; {@code location} is rewritten, see {@link AppProxy}. */
    static final List<String> RESPONSE = List.of(
            "content-type",
            "cache-control",
            "etag",
            "last-modified",
            "expires",
            "retry-after",
            "vary",
            "content-language",
            "podlet-version");

    private HeaderPolicy() {}
}
