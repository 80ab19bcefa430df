package dev.collage.shell.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigLoaderTest {

    private static final String VALID = """
            site:
              name: Test Shop
            apps:
              weather:
                manifest: http://127.0.0.1:7101/manifest.json
                timeout: 800ms
              reviews:
                manifest: http://127.0.0.1:7102/manifest.json
            pages:
              - path: /products/{id}
                layout: product
                slots:
                  reviews:
                    app: reviews
                    primary: true
                    params: { product: "{path.id}", sort: newest }
                  forecast:
                    app: weather
                    params: { city: "{cookie.weather-city}", units: "{query.units}" }
            """;

    private final ConfigLoader loader = new ConfigLoader(Map.of());

    @Test
    void theBuiltInConfigDescribesTheShopWithItsThreeApps() {
        var config = loader.loadBuiltIn();

        assertThat(config.apps()).containsOnlyKeys("weather", "reviews", "recommendations");
        assertThat(config.pages()).extracting(PageConfig::path).containsExactly("/", "/products/{id}");
        assertThat(config.server().port()).isEqualTo(8080);
    }

    @Test
    void readsAppsPagesSlotsAndWhereEachParameterComesFrom() {
        var config = loader.parse(VALID, "test.yaml");

        assertThat(config.apps().get("weather").timeout()).isEqualTo(Duration.ofMillis(800));
        assertThat(config.apps().get("reviews").timeout()).isEqualTo(Duration.ofSeconds(1));
        var page = config.pages().get(0);
        assertThat(page.primary()).map(SlotConfig::name).hasValue("reviews");
        assertThat(page.slots().get(0).params())
                .containsEntry("product", new ParamSource.PathValue("id"))
                .containsEntry("sort", new ParamSource.Literal("newest"));
        assertThat(page.slots().get(1).params())
                .containsEntry("city", new ParamSource.CookieValue("weather-city"))
                .containsEntry("units", new ParamSource.QueryValue("units"));
    }

    @Test
    void anAppCanRunSeveralReleasesWithWeights() {
        String yaml = VALID.replace("""
                    manifest: http://127.0.0.1:7101/manifest.json
                """, """
                    upstreams:
                      - { id: blue, manifest: "http://127.0.0.1:7101/manifest.json", weight: 90 }
                      - { manifest: "http://127.0.0.1:7111/manifest.json", weight: 10 }
                """);

        var weather = loader.parse(yaml, "shop.yaml").apps().get("weather");

        assertThat(weather.upstreams())
                .containsExactly(
                        new UpstreamConfig("blue", java.net.URI.create("http://127.0.0.1:7101/manifest.json"), 90),
                        new UpstreamConfig("2", java.net.URI.create("http://127.0.0.1:7111/manifest.json"), 10));
    }

    @Test
    void releasesWhoseWeightsDoNotAddUpTo100AreRefused() {
        String yaml = VALID.replace("""
                    manifest: http://127.0.0.1:7101/manifest.json
                """, """
                    upstreams:
                      - { manifest: "http://127.0.0.1:7101/manifest.json", weight: 90 }
                      - { manifest: "http://127.0.0.1:7111/manifest.json", weight: 20 }
                """);

        assertThatThrownBy(() -> loader.parse(yaml, "shop.yaml"))
                .hasMessage("shop.yaml:6: apps.weather.upstreams: the weights must add up to 100, they add up to 110");
    }

    @Test
    void anAppNamesEitherOneManifestOrItsUpstreams() {
        assertThatThrownBy(() -> loader.parse(
                        VALID.replace("    manifest: http://127.0.0.1:7102/manifest.json\n", "    timeout: 1s\n"),
                        "shop.yaml"))
                .hasMessageContaining(
                        "apps.reviews: give either manifest (one upstream) or upstreams (several), not neither");
    }

    @Test
    void malformedYamlNamesTheFileAndLine() {
        assertThatThrownBy(() -> loader.parse("apps:\n  weather: [unclosed\npages: []\n", "shop.yaml"))
                .isInstanceOf(ConfigException.class)
                .hasMessageStartingWith("shop.yaml: is not valid YAML")
                .hasMessageContaining("line 3");
    }

    @Test
    void aSlotNamingAnUnknownAppNamesTheLineAndTheKnownApps() {
        String yaml = VALID.replace("app: weather", "app: wether");

        assertThatThrownBy(() -> loader.parse(yaml, "shop.yaml"))
                .hasMessage("shop.yaml:18: pages[0].slots.forecast.app: names the app 'wether', which is not under"
                        + " apps (known: weather, reviews)");
    }

    @Test
    void anUnknownKeySuggestsTheNearestOne() {
        String yaml = VALID.replace("timeout: 800ms", "timout: 800ms");

        assertThatThrownBy(() -> loader.parse(yaml, "shop.yaml"))
                .hasMessage("shop.yaml:6: apps.weather.timout: unknown key; did you mean 'timeout'?");
    }

    @Test
    void aBadDurationSaysHowToWriteOne() {
        assertThatThrownBy(() -> loader.parse(VALID.replace("800ms", "fast"), "shop.yaml"))
                .hasMessage(
                        "shop.yaml:6: apps.weather.timeout: 'fast' is not a duration; write it like 800ms, 2s or 1m");
    }

    @Test
    void aManifestThatIsNotAnHttpUrlIsRefused() {
        assertThatThrownBy(() -> loader.parse(VALID.replace("http://127.0.0.1:7101", "file:///etc"), "shop.yaml"))
                .hasMessageContaining(
                        "shop.yaml:5: apps.weather.manifest: 'file:///etc/manifest.json' must be an http://");
    }

    @Test
    void aPathReferenceMustNameAVariableOfThePagesPath() {
        assertThatThrownBy(() -> loader.parse(VALID.replace("{path.id}", "{path.sku}"), "shop.yaml"))
                .hasMessage("shop.yaml:16: pages[0].slots.reviews.params.product: {path.sku} is not a variable of"
                        + " this page's path");
    }

    @Test
    void aPageHasAtMostOnePrimarySlot() {
        String yaml = VALID.replace("app: weather\n", "app: weather\n        primary: true\n");

        assertThatThrownBy(() -> loader.parse(yaml, "shop.yaml"))
                .hasMessageContaining("a page has at most one primary slot; 'reviews' is already primary");
    }

    @Test
    void aPageCannotShadowThePathsTheShellServes() {
        assertThatThrownBy(() -> loader.parse(VALID.replace("/products/{id}", "/apps/{id}"), "shop.yaml"))
                .hasMessage("shop.yaml:10: pages[0].path: '/apps/{id}' is under /apps, which the shell serves itself");
    }

    @Test
    void aHalfReferenceIsNeitherLiteralNorReference() {
        assertThatThrownBy(() -> loader.parse(VALID.replace("sort: newest", "sort: \"x{query.s}\""), "shop.yaml"))
                .hasMessageContaining("is neither a plain value nor a whole reference");
    }

    @Test
    void anEnvironmentVariableOverridesAValueByItsPath() {
        var config = new ConfigLoader(Map.of(
                        "COLLAGE_APPS_WEATHER_TIMEOUT", "2s",
                        "COLLAGE_APPS_REVIEWS_TIMEOUT", "300ms",
                        "COLLAGE_SITE_NAME", "Other Shop"))
                .parse(VALID, "shop.yaml");

        assertThat(config.apps().get("weather").timeout()).isEqualTo(Duration.ofSeconds(2));
        assertThat(config.apps().get("reviews").timeout()).isEqualTo(Duration.ofMillis(300));
        assertThat(config.site().name()).isEqualTo("Other Shop");
    }

    @Test
    void anEnvironmentVariableCanSetAValueTheFileLeavesOutEvenInsideAMissingSection() {
        var config = new ConfigLoader(Map.of(
                        "COLLAGE_APPS_WEATHER_CIRCUIT_WINDOW", "4",
                        "COLLAGE_APPS_WEATHER_CIRCUIT_MIN_CALLS", "2",
                        "COLLAGE_COMPOSITION_IN_ORDER_WAIT", "0ms"))
                .parse(VALID, "shop.yaml");

        assertThat(config.apps().get("weather").circuit().window()).isEqualTo(4);
        assertThat(config.apps().get("weather").circuit().minCalls()).isEqualTo(2);
        assertThat(config.apps().get("weather").circuit().failureRate()).isEqualTo(50);
        assertThat(config.composition().inOrderWait()).isZero();
    }

    @Test
    void aBadValueFromTheEnvironmentNamesTheVariable() {
        assertThatThrownBy(() ->
                        new ConfigLoader(Map.of("COLLAGE_APPS_WEATHER_TIMEOUT", "soon")).parse(VALID, "shop.yaml"))
                .hasMessage("environment variable COLLAGE_APPS_WEATHER_TIMEOUT: apps.weather.timeout: 'soon' is not a"
                        + " duration; write it like 800ms, 2s or 1m");
    }

    @Test
    void aMissingFileIsNamed(@TempDir Path dir) {
        assertThatThrownBy(() -> loader.load(dir.resolve("nope.yaml")))
                .hasMessageContaining("nope.yaml: cannot be read");
    }

    @Test
    void aFileIsReadFromDisk(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("shop.yaml");
        Files.writeString(file, VALID);

        assertThat(loader.load(file).source()).isEqualTo(file.toString());
    }
}
