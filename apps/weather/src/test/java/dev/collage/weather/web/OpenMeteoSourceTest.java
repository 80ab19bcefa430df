package dev.collage.weather.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.collage.weather.WeatherConfig;
import dev.collage.weather.testing.FakeOpenMeteo;
import dev.collage.weather.testing.WeatherServer;
import java.io.IOException;
import java.time.Duration;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The app with WEATHER_PROVIDER=open-meteo, against a fake Open-Meteo. */
class OpenMeteoSourceTest {

    private final FakeOpenMeteo fake;
    private final WeatherServer server;

    OpenMeteoSourceTest() throws IOException {
        fake = new FakeOpenMeteo();
        // generous, so a busy machine never turns an answer into a timeout; the timeout test has its own
        server = serverWithDeadline(Duration.ofSeconds(5));
    }

    @AfterEach
    void stop() {
        server.close();
        fake.close();
    }

    @Test
    void theCardShowsOpenMeteosForecastAndCreditsIt() {
        var response = server.get("/content?city=oslo&units=c", WeatherServer.shell("en-GB"));
        assertThat(response.statusCode()).isEqualTo(200);
        var card = Jsoup.parseBodyFragment(response.body()).body().child(0);
        assertThat(card.selectFirst("[data-wf=temperature]").text()).isEqualTo("-3");
        assertThat(card.selectFirst(".wf-now [data-wf=condition]").text()).isEqualTo("Snow");
        assertThat(card.selectFirst(".wf-source").text()).isEqualTo("Source: Open-Meteo");
        assertThat(card.selectFirst(".wf-source a").attr("href")).isEqualTo("https://open-meteo.com/");
        assertThat(card.attr("data-conditions")).isEqualTo("snow cold");
    }

    @Test
    void anUnknownProbabilityShowsADash() {
        var card = Jsoup.parseBodyFragment(server.get("/content?city=oslo", WeatherServer.shell("en-GB"))
                        .body())
                .body()
                .child(0);
        assertThat(card.select(".wf-day [data-wf=chance]").eachText()).containsExactly("20%", "65%", "–");
    }

    @Test
    void theApiNamesOpenMeteoAsTheSource() {
        assertThat(server.get("/api/forecast?city=oslo").body()).contains("\"id\":\"open-meteo\"");
    }

    @Test
    void upstreamFailureMakesTheFragmentA503SoTheShellShowsTheFallback() {
        fake.answer(500, "{\"error\":true,\"reason\":\"Internal Server Error\"}");
        var response = server.get("/content?city=oslo", WeatherServer.shell("en-GB"));
        assertThat(response.statusCode()).isEqualTo(503);
        assertThat(response.headers().firstValue("cache-control")).hasValue("no-store");
        assertThat(response.body()).contains("<weather-forecast").contains("not available right now");
    }

    @Test
    void upstreamFailureIsA502FromTheApi() {
        fake.answer(400, "{\"error\":true,\"reason\":\"Cannot initialize WeatherVariable from invalid String value\"}");
        var response = server.get("/api/forecast?city=oslo");
        assertThat(response.statusCode()).isEqualTo(502);
        assertThat(response.body())
                .contains("\"error\":\"forecast_unavailable\"")
                .contains("Cannot initialize WeatherVariable");
    }

    @Test
    void upstreamTimeoutIsA504FromTheApi() {
        fake.hang();
        try (var impatient = serverWithDeadline(Duration.ofMillis(300))) {
            var response = impatient.get("/api/forecast?city=oslo");
            assertThat(response.statusCode()).isEqualTo(504);
            assertThat(response.body()).contains("did not answer within 300 ms");
        }
    }

    private WeatherServer serverWithDeadline(Duration deadline) {
        var config = new WeatherConfig(WeatherConfig.Provider.OPEN_METEO, fake.baseUrl(), deadline, "london");
        return new WeatherServer(config, WeatherServer.JANUARY_15);
    }

    @Test
    void healthNamesTheProvider() {
        assertThat(server.get("/health").body()).contains("\"provider\":\"open-meteo\"");
    }
}
