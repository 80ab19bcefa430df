package dev.collage.shell.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.collage.sdk.manifest.ManifestParser;
import dev.collage.shell.config.AppConfig;
import dev.collage.shell.config.CircuitConfig;
import dev.collage.shell.config.RollbackConfig;
import dev.collage.shell.config.UpstreamConfig;
import dev.collage.shell.fetch.Outcome;
import dev.collage.shell.testing.MutableClock;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Moving visitors between an app's releases, without HTTP: the rules of a release. */
class ReleaseTest {

    private final MutableClock clock = new MutableClock();
    private final List<ReleaseChange> changes = new ArrayList<>();
    private AppRegistry registry;
    private RegisteredApp weather;

    @BeforeEach
    void registerWeather() {
        registry = new AppRegistry(List.of(app(new UpstreamConfig("1", uri(7101), 100))), clock);
        registry.onChange(changes::add);
        weather = registry.get("weather");
        ready(weather.upstream("1").orElseThrow(), "1.4.0");
    }

    @Test
    void aCanaryTakesItsShareAndTheOthersKeepTheRest() {
        weather.add(new UpstreamConfig("2", uri(7111), 10), true, "alice");

        assertThat(weights()).containsExactly(Map.entry("1", 90), Map.entry("2", 10));
        assertThat(weather.upstream("2").orElseThrow().canary()).isTrue();
        assertThat(changes).last().satisfies(change -> {
            assertThat(change.actor()).isEqualTo("alice");
            assertThat(change.action()).isEqualTo("canary-added");
        });
    }

    @Test
    void weightsThatDoNotAddUpTo100AreRefusedAndNothingChanges() {
        weather.add(new UpstreamConfig("2", uri(7111), 10), true, "alice");

        assertThatThrownBy(() -> weather.weights(Map.of("2", 50), "alice"))
                .isInstanceOf(ReleaseRefused.class)
                .hasMessage("the weights must add up to 100, they would add up to 140");
        assertThatThrownBy(() -> weather.weights(Map.of("3", 50), "alice")).hasMessage("weather has no upstream 3");
        assertThat(weights()).containsExactly(Map.entry("1", 90), Map.entry("2", 10));
    }

    @Test
    void promotingSendsEveryVisitorToTheNewRelease() {
        weather.add(new UpstreamConfig("2", uri(7111), 10), true, "alice");
        ready(weather.upstream("2").orElseThrow(), "1.5.0");

        weather.promote("2", "alice");

        assertThat(weights()).containsExactly(Map.entry("1", 0), Map.entry("2", 100));
        assertThat(weather.upstream("2").orElseThrow().canary()).isFalse();
        assertThat(weather.choose("any visitor").orElseThrow().id()).isEqualTo("2");
    }

    @Test
    void aDrainedReleaseTakesNoNewVisitorsAndCanThenBeRemoved() {
        weather.add(new UpstreamConfig("2", uri(7111), 100), false, "alice");
        ready(weather.upstream("2").orElseThrow(), "1.5.0");

        weather.drain("1", "alice");

        assertThat(weather.upstream("1").orElseThrow().draining()).isTrue();
        assertThat(IntStream.range(0, 200)
                        .mapToObj(i -> weather.choose("v" + i).orElseThrow().id()))
                .containsOnly("2");
        weather.remove("1", "alice");
        assertThat(weather.upstreams()).extracting(Upstream::id).containsExactly("2");
    }

    @Test
    void theLastReleaseCannotBeDrainedNorAReleaseWithVisitorsRemoved() {
        assertThatThrownBy(() -> weather.drain("1", "alice"))
                .hasMessage("1 is the last upstream of weather that is not draining");
        weather.add(new UpstreamConfig("2", uri(7111), 10), true, "alice");
        assertThatThrownBy(() -> weather.remove("2", "alice"))
                .isInstanceOf(ReleaseRefused.class)
                .hasMessage("2 still has weight 10; drain or roll it back first");
    }

    @Test
    void aFailingCanaryIsRolledBackByItselfAndSaysWhy() {
        var canary = weather.add(new UpstreamConfig("2", uri(7111), 50), true, "alice");
        ready(canary, "1.5.0");

        for (int i = 0; i < 3; i++) {
            weather.finished(canary, Outcome.OK, Duration.ofMillis(10));
        }
        assertThat(canary.weight()).isEqualTo(50);
        for (int i = 0; i < 2; i++) {
            weather.finished(canary, Outcome.ERROR, Duration.ofMillis(10));
        }

        assertThat(weights()).containsExactly(Map.entry("1", 100), Map.entry("2", 0));
        assertThat(changes).last().satisfies(change -> {
            assertThat(change.actor()).isEqualTo("shell");
            assertThat(change.action()).isEqualTo("rolled-back");
            assertThat(change.detail()).isEqualTo("2 failed 40% of its last 5 requests");
        });
    }

    @Test
    void aFailingReleaseThatIsNotACanaryIsLeftToTheCircuitBreaker() {
        var second = weather.add(new UpstreamConfig("2", uri(7111), 50), false, "alice");
        ready(second, "1.5.0");

        for (int i = 0; i < 10; i++) {
            weather.finished(second, Outcome.TIMEOUT, Duration.ofMillis(10));
        }

        assertThat(second.weight()).isEqualTo(50);
    }

    @Test
    void eachVisitorStaysWithOneReleaseAndTheSharesFollowTheWeights() {
        var canary = weather.add(new UpstreamConfig("2", uri(7111), 10), true, "alice");
        ready(canary, "1.5.0");

        var first = new HashMap<String, String>();
        int onCanary = 0;
        for (int i = 0; i < 10_000; i++) {
            String id = weather.choose("visitor-" + i).orElseThrow().id();
            first.put("visitor-" + i, id);
            onCanary += id.equals("2") ? 1 : 0;
        }
        assertThat(onCanary).isBetween(800, 1200);
        first.forEach((visitor, id) ->
                assertThat(weather.choose(visitor).orElseThrow().id()).isEqualTo(id));

        weather.weights(Map.of("1", 50, "2", 50), "alice");
        // visitors already on the canary stay there when it grows
        first.entrySet().stream().filter(e -> e.getValue().equals("2")).forEach(e -> assertThat(
                        weather.choose(e.getKey()).orElseThrow().id())
                .isEqualTo("2"));
    }

    @Test
    void aReleaseThatIsNotUpGetsNoVisitorsWhateverItsWeight() {
        weather.add(new UpstreamConfig("2", uri(7111), 90), true, "alice");

        assertThat(IntStream.range(0, 100)
                        .mapToObj(i -> weather.choose("v" + i).orElseThrow().id()))
                .containsOnly("1");
    }

    @Test
    void aPageThatNamesAVersionIsServedByThatRelease() {
        var canary = weather.add(new UpstreamConfig("2", uri(7111), 10), true, "alice");
        ready(canary, "1.5.0");

        assertThat(weather.withVersion("1.5.0")).contains(canary);
        assertThat(weather.withVersion("1.4.0").map(Upstream::id)).hasValue("1");
        assertThat(weather.withVersion("0.9.0")).isEmpty();
    }

    private Map<String, Integer> weights() {
        var weights = new java.util.LinkedHashMap<String, Integer>();
        weather.upstreams().forEach(u -> weights.put(u.id(), u.weight()));
        return weights;
    }

    private void ready(Upstream upstream, String version) {
        var manifest = ManifestParser.parse(
                "{\"name\":\"weather\",\"version\":\"" + version + "\",\"content\":\"/content\"}", "test");
        upstream.ready(new LoadedManifest(manifest, upstream.manifestUri(), Optional.empty(), clock.instant()));
    }

    private static AppConfig app(UpstreamConfig upstream) {
        return new AppConfig(
                "weather",
                List.of(upstream),
                Duration.ofSeconds(1),
                Duration.ofSeconds(5),
                1 << 20,
                64,
                CircuitConfig.defaults(),
                new RollbackConfig(25, 20, 5));
    }

    private static URI uri(int port) {
        return URI.create("http://127.0.0.1:" + port + "/manifest.json");
    }
}
