package dev.collage.sdk.browser;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The browser side of the contract: the script that gives every page {@code window.collage.bus}
 * (publish, subscribe, peek). The shell inlines it at the top of every page; an app's preview
 * page inlines the same file, so an app sees the same bus alone as in the shop.
 */
public final class BrowserBus {

    private static final String SCRIPT = load();

    private BrowserBus() {}

    /** The script's source, to be placed in an inline {@code <script>} before any app's script. */
    public static String script() {
        return SCRIPT;
    }

    private static String load() {
        try (InputStream in = BrowserBus.class.getResourceAsStream("collage-bus.js")) {
            if (in == null) {
                throw new IllegalStateException("collage-bus.js is missing from the SDK jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
