package dev.collage.sdk.manifest;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import org.junit.jupiter.api.Test;

class ManifestUrlsTest {

    private static final URI MANIFEST = URI.create("http://h:7101/a/manifest.json");

    @Test
    void relativePathsJoinTheManifestsFolderEvenWithALeadingSlash() {
        assertThat(ManifestUrls.resolve(MANIFEST, "/content")).isEqualTo(URI.create("http://h:7101/a/content"));
        assertThat(ManifestUrls.resolve(MANIFEST, "content?x=1")).isEqualTo(URI.create("http://h:7101/a/content?x=1"));
        assertThat(ManifestUrls.resolve(URI.create("http://h/manifest.json"), "/api"))
                .isEqualTo(URI.create("http://h/api"));
    }

    @Test
    void absoluteUrlsAreUsedAsGiven() {
        assertThat(ManifestUrls.resolve(MANIFEST, "https://cdn.example/x.css"))
                .isEqualTo(URI.create("https://cdn.example/x.css"));
    }

    @Test
    void pathsThatEscapeOrSmuggleAreRefused() {
        assertThat(ManifestUrls.problem("f", "/a/../b")).isPresent();
        assertThat(ManifestUrls.problem("f", "./a")).isPresent();
        assertThat(ManifestUrls.problem("f", "//evil.example/x")).isPresent();
        assertThat(ManifestUrls.problem("f", "javascript:alert(1)")).isPresent();
        assertThat(ManifestUrls.problem("f", "/a b")).isPresent();
        assertThat(ManifestUrls.problem("f", "http:///nohost")).isPresent();
        assertThat(ManifestUrls.problem("f", "/assets/a.b.css")).isEmpty();
    }
}
