package dev.collage.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.collage.e2e.testing.NewBuild;
import dev.collage.e2e.testing.PageLoad;
import dev.collage.e2e.testing.ReleaseCommand;
import dev.collage.e2e.testing.Shop;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;

/** A team ships a new version of its app while the page is under load. */
class ReleaseTest {

    @Test
    void aNewVersionRollsOutUnderLoadWithoutAFailedPageOrAnyOtherProcessRestarted() throws Exception {
        try (var shop = Shop.start("release")) {
            var release = new ReleaseCommand(shop);
            var others = List.of(Shop.Unit.SHELL, Shop.Unit.REVIEWS, Shop.Unit.RECOMMENDATIONS);
            var pidsBefore = others.stream().map(shop::pid).toList();
            var v2 = shop.startRelease(
                    Shop.Unit.WEATHER,
                    "weather-2.0.0",
                    NewBuild.of(shop.jar(Shop.Unit.WEATHER), "2.0.0", shop.runDir()),
                    Map.of());

            try (var load = PageLoad.start(shop.url("/products/1"), "weather", "forecast", 4)) {
                awaitUntil(() -> load.pages().size() > 20);
                long registered = System.nanoTime();
                assertThat(release.run("canary", "weather", v2.manifest().toString(), "10"))
                        .contains("canary upstream 2 takes 10 %");
                awaitUntil(() -> load.firstSeenNanos("2.0.0") > 0);
                long servedMs = (load.firstSeenNanos("2.0.0") - registered) / 1_000_000;
                System.out.println("event=release_timing registered_to_served_ms=" + servedMs);

                release.run("weight", "weather", "2", "50");
                release.run("promote", "weather", "2");
                assertThat(release.run("retire", "weather", "1")).contains("drained and removed");
                shop.kill(Shop.Unit.WEATHER);
                int afterRetire = load.pages().size();
                awaitUntil(() -> load.pages().size() > afterRetire + 40);
                load.close();

                assertThat(load.errors()).isEmpty();
                assertThat(load.broken())
                        .as("pages a visitor would call broken")
                        .isEmpty();
                assertThat(load.pages()).extracting(PageLoad.Page::version).contains("1.0.0", "2.0.0");
                assertThat(load.pages().subList(afterRetire, load.pages().size()))
                        .extracting(PageLoad.Page::version)
                        .containsOnly("2.0.0");
                System.out.println(
                        "event=release_under_load pages=" + load.pages().size() + " broken=0");
            }
            assertThat(others.stream().map(shop::pid).toList()).isEqualTo(pidsBefore);
            assertThat(others).allSatisfy(unit -> assertThat(ProcessHandle.of(shop.pid(unit)))
                    .hasValueSatisfying(p -> assertThat(p.isAlive()).isTrue()));
        }
    }

    @Test
    void aBadReleaseIsRolledBackByTheShellAndVisitorsNeverSeeAnErrorPage() throws Exception {
        try (var shop = Shop.start("bad-release")) {
            var release = new ReleaseCommand(shop);
            // the new build is set up against a forecast service that does not answer: every
            // fragment it renders fails
            var broken = shop.startRelease(
                    Shop.Unit.WEATHER,
                    "weather-2.0.0-broken",
                    NewBuild.of(shop.jar(Shop.Unit.WEATHER), "2.0.0", shop.runDir()),
                    Map.of(
                            "WEATHER_PROVIDER",
                            "open-meteo",
                            "WEATHER_OPEN_METEO_URL",
                            "http://127.0.0.1:9",
                            "WEATHER_TIMEOUT_MS",
                            "200"));

            try (var load = PageLoad.start(shop.url("/products/2"), "weather", "forecast", 4)) {
                release.run("canary", "weather", broken.manifest().toString(), "50");
                awaitUntil(
                        () -> admin(shop, "/admin/api/apps/weather/upstreams/2").contains("\"weight\":0"));
                int afterRollback = load.pages().size();
                awaitUntil(() -> load.pages().size() > afterRollback + 40);
                load.close();

                assertThat(load.errors()).isEmpty();
                assertThat(load.pages()).extracting(PageLoad.Page::status).containsOnly(200);
                // before the rollback a visitor sent to the canary saw the weather fallback, never an error page
                assertThat(load.pages()).extracting(PageLoad.Page::outcome).isSubsetOf("ok", "cached", "error");
                assertThat(load.pages().subList(afterRollback + 8, load.pages().size()))
                        .extracting(PageLoad.Page::version)
                        .containsOnly("1.0.0");
            }
            assertThat(admin(shop, "/admin/api/changes")).contains("\"actor\":\"shell\"", "\"action\":\"rolled-back\"");
        }
    }

    private static String admin(Shop shop, String path) {
        try {
            return HttpClient.newHttpClient()
                    .send(
                            HttpRequest.newBuilder(URI.create(shop.url(path).toString()))
                                    .header("Authorization", "Bearer " + Shop.ADMIN_TOKEN)
                                    .build(),
                            HttpResponse.BodyHandlers.ofString())
                    .body();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static void awaitUntil(BooleanSupplier condition) {
        Instant giveUp = Instant.now().plusSeconds(60);
        while (!condition.getAsBoolean()) {
            assertThat(Instant.now()).as("waited 60 s").isBefore(giveUp);
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }
}
