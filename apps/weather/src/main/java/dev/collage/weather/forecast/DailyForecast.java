package dev.collage.weather.forecast;

import java.time.LocalDate;
import java.util.OptionalInt;

/**
 * One day at the city, in its own time zone.
 *
 * @param precipitationChance the highest chance of precipitation that day in percent; empty
 *     when the source does not know it
 */
public record DailyForecast(
        LocalDate date, double highC, double lowC, WeatherCode code, OptionalInt precipitationChance) {}
