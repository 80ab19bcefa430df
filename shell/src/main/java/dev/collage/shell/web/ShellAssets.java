package dev.collage.shell.web;

import dev.collage.sdk.app.AssetBundle;
import dev.collage.sdk.browser.BrowserBus;

/** The shell's own static files (the shop's stylesheet), served content-hashed under {@code /_collage/}. */
public final class ShellAssets {

    private final AssetBundle bundle = new AssetBundle("/_collage/", "shell/").add(ShellAssets.class, "shop.css");
    private final String siteName;

    public ShellAssets(String siteName) {
        this.siteName = siteName;
    }

    public AssetBundle bundle() {
        return bundle;
    }

    /** What every page has around its content, with this response's nonce. */
    public Chrome chrome(String nonce) {
        return new Chrome(siteName, bundle.url("shop.css"), nonce, BrowserBus.script());
    }
}
