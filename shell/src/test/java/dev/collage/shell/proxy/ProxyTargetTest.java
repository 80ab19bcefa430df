package dev.collage.shell.proxy;

import static org.assertj.core.api.Assertions.assertThat;

import dev.collage.sdk.manifest.ManifestParser;
import dev.collage.shell.registry.LoadedManifest;
import java.net.URI;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The proxy's own check, whatever the HTTP server in front of it normalises or rejects first. */
class ProxyTargetTest {

    private static final LoadedManifest WEATHER = new LoadedManifest(
            ManifestParser.parse("""
                    {"name":"weather","version":"1","content":"/content","css":["/static/w.css"],
                     "proxy":{"api":"/api","search":"https://search.example/v2/"}}""", "test"),
            URI.create("http://10.0.0.7:7101/weather/manifest.json"),
            Optional.empty(),
            Instant.EPOCH);

    @Test
    void aProxyRouteGoesToItsTargetJoinedToTheManifestsFolder() {
        assertThat(ProxyTarget.of(WEATHER, "api/forecast", "city=oslo"))
                .hasValue(new ProxyTarget(URI.create("http://10.0.0.7:7101/weather/api/forecast?city=oslo"), false));
        assertThat(ProxyTarget.of(WEATHER, "api", null))
                .hasValue(new ProxyTarget(URI.create("http://10.0.0.7:7101/weather/api"), false));
    }

    @Test
    void anAbsoluteProxyTargetIsUsedAsGiven() {
        assertThat(ProxyTarget.of(WEATHER, "search/q", null))
                .hasValue(new ProxyTarget(URI.create("https://search.example/v2/q"), false));
    }

    @Test
    void assetsComeFromTheAssetsFolderOrTheExactPathsTheManifestDeclares() {
        assertThat(ProxyTarget.of(WEATHER, "assets/w.123.css", null))
                .hasValue(new ProxyTarget(URI.create("http://10.0.0.7:7101/weather/assets/w.123.css"), true));
        assertThat(ProxyTarget.of(WEATHER, "static/w.css", null))
                .hasValue(new ProxyTarget(URI.create("http://10.0.0.7:7101/weather/static/w.css"), true));
        assertThat(ProxyTarget.of(WEATHER, "static/other.css", null)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "", "content", "manifest.json", "assets", "/api/x", "api/../content", "api/%2e%2e/content",
                        "api/.%2E/x",
                "api/%2E/x", "api%2F..%2Fcontent", "api/a%2fb", "api/a%5Cb", "api/a\\b", "api//x", "api/x%00",
                        "api/a b",
                "api/%zz"
            })
    void aPathThatIsNotPlainlyUnderADeclaredRouteHasNoTarget(String rawPath) {
        assertThat(ProxyTarget.of(WEATHER, rawPath, null)).as(rawPath).isEmpty();
    }
}
