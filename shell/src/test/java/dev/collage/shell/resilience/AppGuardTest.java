package dev.collage.shell.resilience;

import static dev.collage.shell.testing.FakeApp.ok;
import static dev.collage.shell.testing.FakeApp.slow;
import static dev.collage.shell.testing.FakeApp.status;
import static org.assertj.core.api.Assertions.assertThat;

import dev.collage.shell.testing.ComposedPage;
import dev.collage.shell.testing.FakeApp;
import dev.collage.shell.testing.MutableClock;
import dev.collage.shell.testing.RunningShell;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class AppGuardTest {

    private final MutableClock clock = new MutableClock();
    private FakeApp weather;
    private RunningShell shell;

    @BeforeEach
    void startApp() {
        weather = FakeApp.start("weather");
    }

    private void startShell(int maxInFlight) {
        shell = RunningShell.start("""
                        composition: { in-order-wait: 5s }
                        apps:
                          weather:
                            manifest: "%s"
                            timeout: 3s
                            max-in-flight: %d
                            circuit: { failure-rate: 50, window: 4, min-calls: 4, open-for: 30s, probes: 1 }
                        pages:
                          - path: /
                            layout: home
                            slots:
                              forecast: { app: weather }
                              picks: { app: weather, params: { view: picks } }
                          - path: /one
                            layout: home
                            slots:
                              forecast: { app: weather }
                              picks: { app: weather, params: { never: "{query.never}" } }
                        """.formatted(weather.manifestUrl(), maxInFlight), clock)
                .awaitReady("weather");
    }

    @AfterEach
    void stop() {
        if (shell != null) {
            shell.close();
        }
        weather.close();
    }

    @Test
    void anAppThatKeepsFailingIsNotCalledUntilItsCircuitLetsAProbeThrough() {
        startShell(10);
        weather.content(status(500));
        shell.get("/");
        shell.get("/");
        int calls = contentCalls();
        assertThat(calls).isEqualTo(4);

        Element slot = forecast(shell.get("/").body());
        assertThat(slot.attr("data-outcome")).isEqualTo("circuit-open");
        assertThat(slot.text()).isEqualTo("weather is resting");
        assertThat(contentCalls()).isEqualTo(calls);
        assertThat(shell.get("/health").body()).contains("\"circuit\":\"open\"");

        weather.content(ok("<p>back</p>"));
        clock.advance(Duration.ofSeconds(31));
        assertThat(forecast(shell.get("/one").body()).attr("data-outcome")).isEqualTo("ok");
        assertThat(shell.get("/health").body()).contains("\"circuit\":\"closed\"");
        assertThat(forecast(shell.get("/").body()).text()).isEqualTo("back");
    }

    @Test
    void anAppWithAllItsRequestsInFlightIsNotQueuedBehind() {
        startShell(1);
        weather.content(slow(Duration.ofMillis(800), "<p>slow</p>"));

        // two slots of one page and a second page: one app, one request allowed in flight
        var first = CompletableFuture.supplyAsync(() -> shell.get("/").body());
        var second = CompletableFuture.supplyAsync(() -> shell.get("/").body());
        String outcomes = outcomes(first.join()) + outcomes(second.join());

        assertThat(outcomes).contains("rejected").contains("ok");
    }

    @Test
    void notFoundIsNotAFailureOfTheApp() {
        startShell(10);
        weather.content(status(404));
        for (int i = 0; i < 4; i++) {
            shell.get("/");
        }

        assertThat(forecast(shell.get("/").body()).attr("data-outcome")).isEqualTo("not-found");
    }

    private String outcomes(String page) {
        var html = ComposedPage.parse(page);
        return html.getElementById("collage-slot-forecast").attr("data-outcome") + ","
                + html.getElementById("collage-slot-picks").attr("data-outcome") + ",";
    }

    private static Element forecast(String page) {
        return ComposedPage.parse(page).getElementById("collage-slot-forecast");
    }

    private int contentCalls() {
        return weather.received("/content").size();
    }
}
