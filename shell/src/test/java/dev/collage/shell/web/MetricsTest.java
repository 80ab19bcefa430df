package dev.collage.shell.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.collage.shell.testing.FakeApp;
import dev.collage.shell.testing.RunningShell;
import org.junit.jupiter.api.Test;

class MetricsTest {

    @Test
    void everySlotIsCountedByAppAndOutcomeInPrometheusFormat() {
        try (var weather = FakeApp.start("weather");
                var shell =
                        RunningShell.start("""
                                apps:
                                  weather: { manifest: "%s" }
                                pages:
                                  - path: /
                                    layout: home
                                    slots:
                                      forecast: { app: weather }
                                      picks: { app: weather, params: { broken: "yes" } }
                                """.formatted(weather.manifestUrl())).awaitReady("weather")) {
            weather.content((ex, app) ->
                    app.send(ex, ex.getRequestURI().getQuery() == null ? 200 : 500, "text/html", "<p>x</p>"));

            shell.get("/");
            var metrics = shell.get("/metrics");

            assertThat(metrics.headers().firstValue("content-type"))
                    .hasValueSatisfying(t -> assertThat(t).startsWith("text/plain"));
            assertThat(metrics.body())
                    .contains("collage_slots_total{app=\"weather\",outcome=\"ok\"} 1.0")
                    .contains("collage_slots_total{app=\"weather\",outcome=\"error\"} 1.0")
                    .contains("collage_slot_duration_seconds_count{app=\"weather\",outcome=\"ok\"} 1")
                    .contains("collage_app_ready{app=\"weather\",upstream=\"1\"} 1.0")
                    .contains("collage_app_circuit_closed{app=\"weather\",upstream=\"1\"} 1.0");
        }
    }
}
