package dev.collage.weather.report;

import dev.collage.weather.cities.City;
import dev.collage.weather.forecast.ConditionTags;
import dev.collage.weather.forecast.DailyForecast;
import dev.collage.weather.forecast.Forecast;
import dev.collage.weather.forecast.WeatherCode;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;

/**
 * A forecast as the visitor sees it, in their units: the body of {@code GET /api/forecast}
 * and the model of the card. Numbers are rounded to a tenth here, once, so the server's card
 * and the one the browser redraws from the API show the same whole degrees.
 *
 * @param units {@code c} or {@code f}
 * @param conditions today's tags for other apps (see {@link ConditionTags})
 */
public record ForecastReport(
        Place city, SourceInfo source, String units, Now current, Day today, List<Day> days, List<String> conditions) {

    public record Place(String id, String name, String country, String countryName) {}

    /** @param link where the source asks to be credited, or empty */
    public record SourceInfo(String id, String label, String link) {}

    /** @param icon sun, partly, cloud, fog, rain, snow or storm */
    public record Condition(int code, String text, String icon) {}

    /** @param unit km/h or mph */
    public record Wind(double speed, String unit) {}

    /** @param temperatureC the same temperature in °C, whatever the units: the bus carries it */
    public record Now(double temperature, double temperatureC, Condition condition, Wind wind) {}

    /**
     * @param date ISO date at the city
     * @param weekday short English name: Mon, Tue...
     * @param precipitationChance percent, or null when the source does not know
     */
    public record Day(
            String date, String weekday, double high, double low, Condition condition, Integer precipitationChance) {}

    public ForecastReport {
        days = List.copyOf(days);
        conditions = List.copyOf(conditions);
    }

    public static ForecastReport of(Forecast forecast, Units units) {
        City c = forecast.city();
        var now = forecast.current();
        return new ForecastReport(
                new Place(c.id(), c.name(), c.country(), c.countryName()),
                new SourceInfo(
                        forecast.source().id(),
                        forecast.source().label(),
                        forecast.source().link()),
                units.code(),
                new Now(
                        tenth(units.temperature(now.temperatureC())),
                        tenth(now.temperatureC()),
                        condition(now.code()),
                        new Wind(tenth(units.windSpeed(now.windKmh())), units.windUnit())),
                day(forecast.today(), units),
                forecast.nextDays().stream().map(d -> day(d, units)).toList(),
                ConditionTags.of(forecast));
    }

    /** °C or °F. */
    public String unitSymbol() {
        return Units.parse(units).orElse(Units.CELSIUS).symbol();
    }

    private static Day day(DailyForecast d, Units units) {
        return new Day(
                d.date().toString(),
                d.date().getDayOfWeek().getDisplayName(TextStyle.SHORT, Locale.ENGLISH),
                tenth(units.temperature(d.highC())),
                tenth(units.temperature(d.lowC())),
                condition(d.code()),
                d.precipitationChance().isPresent() ? d.precipitationChance().getAsInt() : null);
    }

    private static Condition condition(WeatherCode code) {
        return new Condition(code.value(), code.text(), code.icon());
    }

    private static double tenth(double value) {
        return Math.round(value * 10) / 10.0;
    }
}
