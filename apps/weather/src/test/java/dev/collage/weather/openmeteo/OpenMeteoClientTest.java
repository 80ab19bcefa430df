package dev.collage.weather.openmeteo;

import static org.assertj.core.api.Assertions.assertThat;

import dev.collage.weather.cities.City;
import dev.collage.weather.cities.CityCatalog;
import dev.collage.weather.forecast.DailyForecast;
import dev.collage.weather.forecast.Forecast;
import dev.collage.weather.forecast.ForecastResult;
import dev.collage.weather.forecast.ForecastUnavailable;
import dev.collage.weather.forecast.ForecastUnavailable.Reason;
import dev.collage.weather.forecast.Source;
import dev.collage.weather.forecast.WeatherCode;
import dev.collage.weather.testing.FakeOpenMeteo;
import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.time.LocalDate;
import java.util.OptionalInt;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class OpenMeteoClientTest {

    private static final City OSLO = CityCatalog.bundled().byId("oslo").orElseThrow();
    private final FakeOpenMeteo fake;
    private final OpenMeteoClient client;

    OpenMeteoClientTest() throws IOException {
        fake = new FakeOpenMeteo();
        client = new OpenMeteoClient(fake.baseUrl(), Duration.ofSeconds(5));
    }

    @AfterEach
    void stop() {
        fake.close();
    }

    private static ForecastUnavailable failure(ForecastResult result) {
        assertThat(result).isInstanceOf(ForecastUnavailable.class);
        return (ForecastUnavailable) result;
    }

    @Test
    void asksForTheCitysCoordinatesAndTheFieldsItReads() {
        client.forecast(OSLO);
        URI asked = fake.requests().get(0);
        assertThat(asked.getPath()).isEqualTo("/v1/forecast");
        assertThat(asked.getQuery())
                .contains("latitude=59.9130", "longitude=10.7520")
                .contains("current=temperature_2m,weather_code,wind_speed_10m")
                .contains("daily=weather_code,temperature_2m_max,temperature_2m_min,precipitation_probability_max")
                .contains("timezone=auto", "forecast_days=4");
    }

    @Test
    void aRealAnswerBecomesTheForecast() {
        var forecast = (Forecast) client.forecast(OSLO);
        assertThat(forecast.source()).isEqualTo(Source.OPEN_METEO);
        assertThat(forecast.current().temperatureC()).isEqualTo(-3.4);
        assertThat(forecast.current().code().text()).isEqualTo("Snow");
        assertThat(forecast.current().windKmh()).isEqualTo(14.8);
        assertThat(forecast.today())
                .isEqualTo(new DailyForecast(
                        LocalDate.of(2025, 1, 15), -1.2, -6.8, new WeatherCode(73), OptionalInt.of(85)));
        assertThat(forecast.nextDays())
                .extracting(DailyForecast::date)
                .containsExactly(LocalDate.of(2025, 1, 16), LocalDate.of(2025, 1, 17), LocalDate.of(2025, 1, 18));
    }

    @Test
    void aNullProbabilityIsUnknownNotZero() {
        var forecast = (Forecast) client.forecast(OSLO);
        assertThat(forecast.nextDays().get(2).precipitationChance()).isEqualTo(OptionalInt.empty());
    }

    @Test
    void anErrorBodyBecomesARefusalWithItsReason() {
        fake.answer(400, "{\"error\":true,\"reason\":\"Latitude must be in range of -90 to 90°. Given: 91.0.\"}");
        var failure = failure(client.forecast(OSLO));
        assertThat(failure.reason()).isEqualTo(Reason.REJECTED);
        assertThat(failure.detail()).contains("Latitude must be in range of -90 to 90°. Given: 91.0.");
    }

    @Test
    void aServerErrorIsAnUpstreamError() {
        fake.answer(503, "<html><body>Service Unavailable</body></html>");
        var failure = failure(client.forecast(OSLO));
        assertThat(failure.reason()).isEqualTo(Reason.UPSTREAM_ERROR);
        assertThat(failure.detail()).contains("503");
    }

    @Test
    void brokenJsonIsABadResponse() {
        fake.answer(200, "{\"current\":{\"temperature_2m\":-3.4,");
        assertThat(failure(client.forecast(OSLO)).reason()).isEqualTo(Reason.BAD_RESPONSE);
    }

    @Test
    void aMissingSeriesIsABadResponseNamingIt() {
        fake.answer(200, FakeOpenMeteo.OSLO.replace("\"temperature_2m_min\":[", "\"temperature_2m_low\":["));
        var failure = failure(client.forecast(OSLO));
        assertThat(failure.reason()).isEqualTo(Reason.BAD_RESPONSE);
        assertThat(failure.detail()).contains("daily.temperature_2m_min");
    }

    @Test
    void aWeatherCodeOutsideTheWmoTableIsABadResponse() {
        fake.answer(200, FakeOpenMeteo.OSLO.replace("\"weather_code\":73,", "\"weather_code\":730,"));
        var failure = failure(client.forecast(OSLO));
        assertThat(failure.detail()).contains("current.weather_code");
    }

    @Test
    void tooFewDaysIsABadResponse() {
        fake.answer(
                200,
                FakeOpenMeteo.OSLO.replace(
                        "\"temperature_2m_max\":[-1.2,0.4,3.1,-0.5]", "\"temperature_2m_max\":[-1.2,0.4]"));
        assertThat(failure(client.forecast(OSLO)).detail()).contains("daily.temperature_2m_max with 4 values");
    }

    @Test
    void anAnswerSlowerThanTheDeadlineTimesOut() {
        fake.hang();
        var quick = new OpenMeteoClient(fake.baseUrl(), Duration.ofMillis(200));
        var failure = failure(quick.forecast(OSLO));
        assertThat(failure.reason()).isEqualTo(Reason.TIMEOUT);
        assertThat(failure.detail()).contains("within 200 ms");
    }

    @Test
    void aClosedPortIsUnreachable() throws IOException {
        URI closed;
        try (var gone = new FakeOpenMeteo()) {
            closed = gone.baseUrl();
        }
        var failure = failure(new OpenMeteoClient(closed, Duration.ofSeconds(5)).forecast(OSLO));
        assertThat(failure.reason()).isEqualTo(Reason.UNREACHABLE);
    }

    @Test
    void aBaseUrlWithAPathKeepsIt() {
        var behindProxy = new OpenMeteoClient(URI.create("https://proxy.example/open-meteo/"), Duration.ofSeconds(1));
        assertThat(behindProxy.requestUri(OSLO).toString())
                .startsWith("https://proxy.example/open-meteo/v1/forecast?latitude=59.9130&longitude=10.7520&");
    }
}
