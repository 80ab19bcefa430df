package dev.collage.weather.climate;

import dev.collage.weather.cities.City;
import dev.collage.weather.cities.MonthlyNormal;
import dev.collage.weather.forecast.CurrentWeather;
import dev.collage.weather.forecast.DailyForecast;
import dev.collage.weather.forecast.Forecast;
import dev.collage.weather.forecast.ForecastProvider;
import dev.collage.weather.forecast.ForecastResult;
import dev.collage.weather.forecast.Source;
import dev.collage.weather.forecast.WeatherCode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.OptionalInt;
import java.util.Random;

/**
 * The offline forecast: plausible weather made from a city's climate normals and the date.
 *
 * <p>Each date gets its own seeded random numbers ({@link DaySeed}), so a city's weather on a
 * date is the same whenever it is asked for, and "tomorrow" today is "today" tomorrow. A day's
 * warmth drifts from the normal by an anomaly that blends the last three days' draws, so warm
 * and cold spells last a few days instead of flickering. Whether it is wet follows the month's
 * share of wet days; snow falls only when the day stays near or below freezing, thunder only in
 * the warm.
 */
public final class ClimateModel implements ForecastProvider {

    private static final int DAYS_AFTER_TODAY = 3;
    private static final double ANOMALY_SPREAD_C = 3.2;
    private static final double SNOW_AT_OR_BELOW_C = 1.0;
    private static final double SNOW_SHOWERS_AT_OR_BELOW_C = 3.0;
    private static final double THUNDER_FROM_C = 24.0;

    private final Clock clock;

    public ClimateModel(Clock clock) {
        this.clock = clock;
    }

    @Override
    public Source source() {
        return Source.EMBEDDED;
    }

    @Override
    public ForecastResult forecast(City city) {
        ZonedDateTime now = ZonedDateTime.now(clock.withZone(city.zone()));
        LocalDate today = now.toLocalDate();
        var days = new ArrayList<Day>(DAYS_AFTER_TODAY + 1);
        for (int i = 0; i <= DAYS_AFTER_TODAY; i++) {
            days.add(day(city, today.plusDays(i)));
        }
        Day first = days.get(0);
        double hour = now.getHour() + now.getMinute() / 60.0;
        double temperature = first.forecast.lowC() + (first.forecast.highC() - first.forecast.lowC()) * warmthAt(hour);
        double wind = first.windKmh * (0.75 + 0.5 * warmthAt(hour));
        var current = new CurrentWeather(tenth(temperature), first.forecast.code(), tenth(wind));
        return new Forecast(
                city,
                Source.EMBEDDED,
                current,
                first.forecast,
                days.subList(1, days.size()).stream().map(d -> d.forecast).toList());
    }

    private record Day(DailyForecast forecast, double windKmh) {}

    private Day day(City city, LocalDate date) {
        Random random = DaySeed.of(city.id(), date);
        double anomaly = ANOMALY_SPREAD_C
                * (0.6 * random.nextGaussian()
                        + 0.55 * firstGaussian(city, date.minusDays(1))
                        + 0.35 * firstGaussian(city, date.minusDays(2)))
                / Math.sqrt(0.6 * 0.6 + 0.55 * 0.55 + 0.35 * 0.35);
        MonthlyNormal normal = city.normals().on(date);
        double wetShare = normal.wetDays() / date.lengthOfMonth();
        // Wet days come as often as the month's normal says. The chance shown agrees with the
        // day's icon, as in a real forecast: a wet day is likely (50-100%), a dry one is not.
        boolean wet = random.nextDouble() < wetShare;
        int chance = wet
                ? percentInTens(0.5 + 0.5 * Math.min(1, 0.5 * wetShare + 0.3 * Math.abs(random.nextGaussian())))
                : percentInTens(Math.min(0.4, wetShare * 0.8 + 0.12 * Math.sqrt(wetShare) * random.nextGaussian()));
        double high = normal.highC() + anomaly + 0.8 * random.nextGaussian();
        double low = normal.lowC() + 0.8 * anomaly + 0.8 * random.nextGaussian();
        if (wet) {
            // clouds and rain keep a day's range narrow
            high -= 1.5;
            low += 1.0;
        }
        if (high - low < 2) {
            double middle = (high + low) / 2;
            high = middle + 1;
            low = middle - 1;
        }
        WeatherCode code = wet ? wetCode(high, low, chance, random) : dryCode(high, low, chance, random);
        double wind = 6 + 7 * Math.abs(random.nextGaussian()) + (wet ? 5 : 0) + (random.nextDouble() < 0.08 ? 22 : 0);
        return new Day(new DailyForecast(date, tenth(high), tenth(low), code, OptionalInt.of(chance)), wind);
    }

    private static WeatherCode wetCode(double high, double low, int chance, Random random) {
        double roll = random.nextDouble();
        if (high <= SNOW_AT_OR_BELOW_C) {
            return new WeatherCode(chance >= 80 ? (roll < 0.4 ? 75 : 73) : (roll < 0.5 ? 71 : 73));
        }
        if (high <= SNOW_SHOWERS_AT_OR_BELOW_C && low <= 0) {
            return new WeatherCode(roll < 0.6 ? 85 : 86);
        }
        if (high >= THUNDER_FROM_C && roll < 0.35) {
            return new WeatherCode(95);
        }
        if (chance >= 80) {
            return new WeatherCode(roll < 0.25 ? 65 : 63);
        }
        return new WeatherCode(roll < 0.35 ? 61 : roll < 0.7 ? 80 : 51);
    }

    private static WeatherCode dryCode(double high, double low, int chance, Random random) {
        double roll = random.nextDouble();
        if (high - low < 5 && low > -5 && roll < 0.1) {
            return new WeatherCode(low <= 0 ? 48 : 45);
        }
        if (chance < 20) {
            return new WeatherCode(roll < 0.6 ? 0 : 1);
        }
        if (chance < 40) {
            return new WeatherCode(roll < 0.5 ? 1 : 2);
        }
        return new WeatherCode(roll < 0.6 ? 2 : 3);
    }

    private static double firstGaussian(City city, LocalDate date) {
        return DaySeed.of(city.id(), date).nextGaussian();
    }

    /**
     * Where in the day's range the temperature is at {@code hour}, 0 at the low, 1 at the high:
     * coolest near 05:00, warmest near 15:00.
     */
    static double warmthAt(double hour) {
        if (hour >= 5 && hour <= 15) {
            return (1 - Math.cos(Math.PI * (hour - 5) / 10)) / 2;
        }
        double sinceWarmest = hour > 15 ? hour - 15 : hour + 9;
        return (1 + Math.cos(Math.PI * sinceWarmest / 14)) / 2;
    }

    private static int percentInTens(double share) {
        return (int) Math.round(Math.max(0, Math.min(1, share)) * 10) * 10;
    }

    private static double tenth(double value) {
        return Math.round(value * 10) / 10.0;
    }
}
