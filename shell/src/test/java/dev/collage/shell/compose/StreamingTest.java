package dev.collage.shell.compose;

import static dev.collage.shell.testing.FakeApp.hang;
import static dev.collage.shell.testing.FakeApp.ok;
import static dev.collage.shell.testing.FakeApp.slow;
import static org.assertj.core.api.Assertions.assertThat;

import dev.collage.shell.testing.ComposedPage;
import dev.collage.shell.testing.FakeApp;
import dev.collage.shell.testing.RunningShell;
import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The home page streams its two slots (picks, then forecast) without a primary slot. */
class StreamingTest {

    private FakeApp picks;
    private FakeApp forecast;
    private RunningShell shell;

    @BeforeEach
    void startApps() {
        picks = FakeApp.start("recommendations");
        forecast = FakeApp.start("weather");
    }

    @AfterEach
    void stop() {
        if (shell != null) {
            shell.close();
        }
        picks.close();
        forecast.close();
    }

    private RunningShell shell(String inOrderWait, String pageBudget) {
        shell = RunningShell.start("""
                        composition: { in-order-wait: %s, page-budget: %s }
                        apps:
                          recommendations: { manifest: "%s", timeout: 5s }
                          weather: { manifest: "%s", timeout: 5s }
                        pages:
                          - path: /
                            layout: home
                            slots:
                              picks: { app: recommendations }
                              forecast: { app: weather }
                        """.formatted(inOrderWait, pageBudget, picks.manifestUrl(), forecast.manifestUrl()))
                .awaitReady("recommendations", "weather");
        return shell;
    }

    @Test
    void aSlowSlotEarlyInThePageDoesNotHoldBackALaterOne() throws Exception {
        picks.content(slow(Duration.ofMillis(1500), "<p>late picks</p>"));
        forecast.content(ok("<p>quick forecast</p>"));
        var running = shell("50ms", "5s");

        var arrivals = arrivalTimes(running, "</head>", "quick forecast", "late picks");

        assertThat(arrivals.get("quick forecast")).isLessThan(arrivals.get("late picks") / 2);
        assertThat(arrivals.get("</head>")).isLessThan(arrivals.get("late picks") / 2);
    }

    @Test
    void theHeadGoesOutBeforeAnyFragmentHasAnswered() throws Exception {
        picks.content(slow(Duration.ofMillis(1000), "<p>p</p>"));
        forecast.content(slow(Duration.ofMillis(1000), "<p>f</p>"));
        var running = shell("50ms", "5s");

        var arrivals = arrivalTimes(running, "</head>", "<p>p</p>");

        assertThat(arrivals.get("</head>")).isLessThan(arrivals.get("<p>p</p>") / 4);
    }

    @Test
    void aLateSlotKeepsItsPlaceAndIsMovedInByTheScriptWithThePagesNonce() {
        picks.content(slow(Duration.ofMillis(400), "<p>late picks</p>"));
        var page = shell("50ms", "5s").get("/");

        var html = Jsoup.parse(page.body());
        var placeholder = html.getElementById("collage-slot-picks");
        assertThat(placeholder.attr("data-outcome")).isEqualTo("pending");
        assertThat(placeholder.attr("aria-busy")).isEqualTo("true");
        assertThat(placeholder.children()).isEmpty();
        var late = html.getElementById("collage-late-picks");
        assertThat(late.text()).isEqualTo("late picks");
        var mover = late.nextElementSibling();
        assertThat(mover.tagName()).isEqualTo("script");
        assertThat(mover.data()).isEqualTo("collage.arrive(\"picks\")");
        assertThat(page.headers().firstValue("content-security-policy").orElseThrow())
                .contains("'nonce-" + mover.attr("nonce") + "'");

        var composed = ComposedPage.parse(page.body());
        assertThat(composed.getElementById("collage-slot-picks").attr("data-outcome"))
                .isEqualTo("ok");
    }

    @Test
    void aSlotReadyWithinTheInOrderWaitIsWrittenInPlace() {
        picks.content(slow(Duration.ofMillis(100), "<p>in order</p>"));
        var page = shell("3s", "5s").get("/");

        var html = Jsoup.parse(page.body());
        assertThat(html.select(".collage-late")).isEmpty();
        assertThat(html.getElementById("collage-slot-picks").text()).isEqualTo("in order");
    }

    @Test
    void thePageBudgetEndsEverySlotWhateverItsAppsDeadline() {
        picks.content(hang());
        var running = shell("50ms", "400ms");

        long started = System.nanoTime();
        var page = running.get("/");
        long tookMs = (System.nanoTime() - started) / 1_000_000;

        var slot = ComposedPage.parse(page.body()).getElementById("collage-slot-picks");
        assertThat(slot.attr("data-outcome")).isEqualTo("timeout");
        // the app's own deadline is 5 s; the page's budget is what ended it
        assertThat(tookMs).isLessThan(2_500);
    }

    /** When each marker first appears in the streamed body, in ms from the request. */
    private static Map<String, Long> arrivalTimes(RunningShell shell, String... markers)
            throws IOException, InterruptedException {
        long started = System.nanoTime();
        var response = shell.http()
                .send(HttpRequest.newBuilder(shell.uri("/")).build(), HttpResponse.BodyHandlers.ofInputStream());
        var seen = new LinkedHashMap<String, Long>();
        var body = new StringBuilder();
        try (InputStream in = response.body()) {
            byte[] buffer = new byte[512];
            for (int n; (n = in.read(buffer)) > 0; ) {
                body.append(new String(buffer, 0, n, StandardCharsets.UTF_8));
                long now = (System.nanoTime() - started) / 1_000_000;
                for (String marker : markers) {
                    if (!seen.containsKey(marker) && body.indexOf(marker) >= 0) {
                        seen.put(marker, now);
                    }
                }
            }
        }
        assertThat(seen).containsKeys(markers);
        return seen;
    }
}
