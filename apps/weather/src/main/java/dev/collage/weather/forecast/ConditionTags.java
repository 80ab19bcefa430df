package dev.collage.weather.forecast;

import java.util.ArrayList;
import java.util.List;

/**
 * The few words other apps act on (recommendations re-ranks gear by them): a subset of rain,
 * snow, cold, hot, wind and sun, always in that order. They describe today: what is
 * happening now and what the day is likely to bring.
 */
public final class ConditionTags {

    static final double COLD_AT_OR_BELOW_C = 5;
    static final double HOT_AT_OR_ABOVE_C = 28;
    static final double WINDY_AT_OR_ABOVE_KMH = 30;
    static final int LIKELY_PERCENT = 60;

    private ConditionTags() {}

    public static List<String> of(Forecast forecast) {
        CurrentWeather now = forecast.current();
        DailyForecast today = forecast.today();
        int chance = today.precipitationChance().orElse(0);
        boolean snow = now.code().falls() == Precipitation.SNOW || today.code().falls() == Precipitation.SNOW;
        boolean rain = now.code().falls() == Precipitation.RAIN
                || today.code().falls() == Precipitation.RAIN
                || !snow && chance >= LIKELY_PERCENT && today.highC() > 2;
        var tags = new ArrayList<String>(6);
        if (rain) {
            tags.add("rain");
        }
        if (snow) {
            tags.add("snow");
        }
        if (now.temperatureC() <= COLD_AT_OR_BELOW_C || today.highC() <= COLD_AT_OR_BELOW_C) {
            tags.add("cold");
        }
        if (now.temperatureC() >= HOT_AT_OR_ABOVE_C || today.highC() >= HOT_AT_OR_ABOVE_C) {
            tags.add("hot");
        }
        if (now.windKmh() >= WINDY_AT_OR_ABOVE_KMH) {
            tags.add("wind");
        }
        if (!rain && !snow && now.code().isClear() && chance < LIKELY_PERCENT / 2) {
            tags.add("sun");
        }
        return List.copyOf(tags);
    }
}
