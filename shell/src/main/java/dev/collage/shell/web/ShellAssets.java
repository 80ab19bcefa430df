package dev.collage.shell.web;

import dev.collage.sdk.app.AssetBundle;
import dev.collage.sdk.browser.BrowserBus;
import dev.collage.shell.config.SiteConfig;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The shell's own static files: the shop's stylesheet, served content-hashed under
 * {@code /_collage/}, and the inline scripts every page carries.
 */
public final class ShellAssets {

    private final AssetBundle bundle = new AssetBundle("/_collage/", "shell/")
            .add(ShellAssets.class, "shop.css")
            .add(ShellAssets.class, "admin.js");
    private final String streamScript = resource("shell/collage-stream.js");
    private final SiteConfig site;

    public ShellAssets(SiteConfig site) {
        this.site = site;
    }

    public AssetBundle bundle() {
        return bundle;
    }

    /** What every page has around its content, with this response's nonce. */
    public Chrome chrome(String nonce) {
        return new Chrome(site.name(), site.nav(), bundle.url("shop.css"), nonce, BrowserBus.script(), streamScript);
    }

    private static String resource(String name) {
        try (InputStream in = ShellAssets.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException(name + " is missing from the shell's jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
