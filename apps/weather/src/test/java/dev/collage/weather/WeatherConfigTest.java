package dev.collage.weather;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WeatherConfigTest {

    @Test
    void withNothingSetItRunsOfflineOnTheEmbeddedModel() {
        var config = WeatherConfig.fromEnvironment(Map.of());
        assertThat(config.provider()).isEqualTo(WeatherConfig.Provider.EMBEDDED);
        assertThat(config.openMeteoUrl()).isEqualTo(URI.create("https://api.open-meteo.com"));
        assertThat(config.timeout()).isEqualTo(Duration.ofMillis(2000));
        assertThat(config.defaultCity()).isEqualTo("london");
    }

    @Test
    void readsEveryVariable() {
        var config = WeatherConfig.fromEnvironment(Map.of(
                "WEATHER_PROVIDER", "open-meteo",
                "WEATHER_OPEN_METEO_URL", "http://127.0.0.1:9000/om",
                "WEATHER_TIMEOUT_MS", "750",
                "WEATHER_DEFAULT_CITY", "oslo"));
        assertThat(config)
                .isEqualTo(new WeatherConfig(
                        WeatherConfig.Provider.OPEN_METEO,
                        URI.create("http://127.0.0.1:9000/om"),
                        Duration.ofMillis(750),
                        "oslo"));
    }

    @Test
    void anUnknownProviderIsNamed() {
        assertThatThrownBy(() -> WeatherConfig.fromEnvironment(Map.of("WEATHER_PROVIDER", "met-office")))
                .hasMessageContaining("WEATHER_PROVIDER must be 'embedded' or 'open-meteo', was 'met-office'");
    }

    @Test
    void aUrlThatIsNotHttpIsRefused() {
        assertThatThrownBy(() -> WeatherConfig.fromEnvironment(Map.of("WEATHER_OPEN_METEO_URL", "ftp://x")))
                .hasMessageContaining("WEATHER_OPEN_METEO_URL must be an http(s) URL");
    }

    @Test
    void aTimeoutThatIsNotAPositiveNumberIsRefused() {
        for (String bad : new String[] {"0", "-5", "2s", "99999999999999999999"}) {
            assertThatThrownBy(() -> WeatherConfig.fromEnvironment(Map.of("WEATHER_TIMEOUT_MS", bad)))
                    .hasMessageContaining("WEATHER_TIMEOUT_MS must be a whole number of milliseconds");
        }
    }

    @Test
    void aMalformedDefaultCityIsRefused() {
        assertThatThrownBy(() -> WeatherConfig.fromEnvironment(Map.of("WEATHER_DEFAULT_CITY", "New York")))
                .hasMessageContaining("WEATHER_DEFAULT_CITY must be a city id");
    }

    @Test
    void aDefaultCityMissingFromTheTableStopsTheStart() {
        var config = new WeatherConfig(
                WeatherConfig.Provider.EMBEDDED,
                URI.create("https://api.open-meteo.com"),
                Duration.ofSeconds(1),
                "atlantis");
        assertThatThrownBy(() -> WeatherApp.assemble(config, Clock.systemUTC()))
                .hasMessageContaining("WEATHER_DEFAULT_CITY 'atlantis' is not in the city table");
    }
}
