package dev.collage.weather.forecast;

import dev.collage.weather.cities.City;
import java.util.List;

/**
 * The weather at a city now, today, and on the next days.
 *
 * @param nextDays the days after today, earliest first
 */
public record Forecast(
        City city, Source source, CurrentWeather current, DailyForecast today, List<DailyForecast> nextDays)
        implements ForecastResult {

    public Forecast {
        nextDays = List.copyOf(nextDays);
    }
}
