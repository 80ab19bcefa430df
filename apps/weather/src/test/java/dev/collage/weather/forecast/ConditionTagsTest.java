package dev.collage.weather.forecast;

import static org.assertj.core.api.Assertions.assertThat;

import dev.collage.weather.cities.CityCatalog;
import java.time.LocalDate;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class ConditionTagsTest {

    private static final LocalDate DAY = LocalDate.of(2025, 1, 15);

    private static List<String> tags(double nowC, int code, double windKmh, double highC, int todayCode, int chance) {
        var today = new DailyForecast(DAY, highC, highC - 6, new WeatherCode(todayCode), OptionalInt.of(chance));
        var forecast = new Forecast(
                CityCatalog.bundled().byId("oslo").orElseThrow(),
                Source.EMBEDDED,
                new CurrentWeather(nowC, new WeatherCode(code), windKmh),
                today,
                List.of());
        return ConditionTags.of(forecast);
    }

    @Test
    void coldRainIsRainAndCold() {
        assertThat(tags(4.5, 61, 10, 6, 61, 80)).containsExactly("rain", "cold");
    }

    @Test
    void snowingIsSnowNotRain() {
        assertThat(tags(-3, 73, 10, -1, 73, 90)).containsExactly("snow", "cold");
    }

    @Test
    void clearAndHotIsHotAndSun() {
        assertThat(tags(31, 0, 8, 34, 0, 0)).containsExactly("hot", "sun");
    }

    @Test
    void strongWindIsWind() {
        assertThat(tags(15, 3, 42, 17, 3, 10)).containsExactly("wind");
    }

    @Test
    void aLikelyWetDayIsRainEvenWhileItIsDryNow() {
        assertThat(tags(12, 2, 10, 14, 2, 70)).containsExactly("rain");
    }

    @Test
    void mildOvercastHasNoTags() {
        assertThat(tags(14, 3, 10, 16, 3, 20)).isEmpty();
    }
}
