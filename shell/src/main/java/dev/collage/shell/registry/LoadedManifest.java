package dev.collage.shell.registry;

import dev.collage.sdk.manifest.Manifest;
import dev.collage.sdk.manifest.ManifestUrls;
import java.net.URI;
import java.time.Instant;
import java.util.Optional;

/**
 * A manifest the shell has read and accepted, with where it came from and the fallback HTML
 * fetched with it, kept so the fallback can be shown when the app itself cannot answer.
 */
public record LoadedManifest(Manifest manifest, URI manifestUri, Optional<String> fallbackHtml, Instant loadedAt) {

    public String version() {
        return manifest.version();
    }

    public URI contentUri() {
        return resolve(manifest.content());
    }

    /** A manifest value (content, fallback, asset, proxy target) as a URL on the app. */
    public URI resolve(String value) {
        return ManifestUrls.resolve(manifestUri, value);
    }

    /** The app's folder, where its relative paths (and its {@code assets/}) live. */
    public URI folder() {
        return ManifestUrls.folderOf(manifestUri);
    }
}
