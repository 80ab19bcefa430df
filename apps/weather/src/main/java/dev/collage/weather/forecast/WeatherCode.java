package dev.collage.weather.forecast;

import java.util.Map;

/**
 * A WMO 4677 present-weather code (0-99), as Open-Meteo reports it: its words, its icon and
 * what falls. Open-Meteo uses a subset of the codes, which get their own words; any other code
 * is described by the range it lies in.
 */
public record WeatherCode(int value) {

    private record Meaning(String text, String icon, Precipitation falls) {}

    private static final Meaning CLEAR = new Meaning("Clear sky", "sun", Precipitation.NONE);
    private static final Map<Integer, Meaning> KNOWN = Map.ofEntries(
            Map.entry(0, CLEAR),
            Map.entry(1, new Meaning("Mainly clear", "partly", Precipitation.NONE)),
            Map.entry(2, new Meaning("Partly cloudy", "partly", Precipitation.NONE)),
            Map.entry(3, new Meaning("Overcast", "cloud", Precipitation.NONE)),
            Map.entry(45, new Meaning("Fog", "fog", Precipitation.NONE)),
            Map.entry(48, new Meaning("Freezing fog", "fog", Precipitation.NONE)),
            Map.entry(51, new Meaning("Light drizzle", "rain", Precipitation.RAIN)),
            Map.entry(53, new Meaning("Drizzle", "rain", Precipitation.RAIN)),
            Map.entry(55, new Meaning("Dense drizzle", "rain", Precipitation.RAIN)),
            Map.entry(56, new Meaning("Light freezing drizzle", "rain", Precipitation.RAIN)),
            Map.entry(57, new Meaning("Freezing drizzle", "rain", Precipitation.RAIN)),
            Map.entry(61, new Meaning("Light rain", "rain", Precipitation.RAIN)),
            Map.entry(63, new Meaning("Rain", "rain", Precipitation.RAIN)),
            Map.entry(65, new Meaning("Heavy rain", "rain", Precipitation.RAIN)),
            Map.entry(66, new Meaning("Light freezing rain", "rain", Precipitation.RAIN)),
            Map.entry(67, new Meaning("Freezing rain", "rain", Precipitation.RAIN)),
            Map.entry(71, new Meaning("Light snow", "snow", Precipitation.SNOW)),
            Map.entry(73, new Meaning("Snow", "snow", Precipitation.SNOW)),
            Map.entry(75, new Meaning("Heavy snow", "snow", Precipitation.SNOW)),
            Map.entry(77, new Meaning("Snow grains", "snow", Precipitation.SNOW)),
            Map.entry(80, new Meaning("Light showers", "rain", Precipitation.RAIN)),
            Map.entry(81, new Meaning("Showers", "rain", Precipitation.RAIN)),
            Map.entry(82, new Meaning("Heavy showers", "rain", Precipitation.RAIN)),
            Map.entry(85, new Meaning("Light snow showers", "snow", Precipitation.SNOW)),
            Map.entry(86, new Meaning("Snow showers", "snow", Precipitation.SNOW)),
            Map.entry(95, new Meaning("Thunderstorm", "storm", Precipitation.RAIN)),
            Map.entry(96, new Meaning("Thunderstorm with hail", "storm", Precipitation.RAIN)),
            Map.entry(99, new Meaning("Thunderstorm with heavy hail", "storm", Precipitation.RAIN)));

    public WeatherCode {
        if (value < 0 || value > 99) {
            throw new IllegalArgumentException("a WMO weather code is from 0 to 99, got " + value);
        }
    }

    public static boolean isValid(int value) {
        return value >= 0 && value <= 99;
    }

    /** Words for the visitor: "Light rain". */
    public String text() {
        return meaning().text();
    }

    /** The icon's name: sun, partly, cloud, fog, rain, snow or storm. */
    public String icon() {
        return meaning().icon();
    }

    public Precipitation falls() {
        return meaning().falls();
    }

    public boolean isClear() {
        return value <= 1;
    }

    private Meaning meaning() {
        Meaning known = KNOWN.get(value);
        if (known != null) {
            return known;
        }
        if (value < 4) {
            return CLEAR;
        }
        if (value < 50) {
            return new Meaning("Haze or fog", "fog", Precipitation.NONE);
        }
        if (value < 60) {
            return new Meaning("Drizzle", "rain", Precipitation.RAIN);
        }
        if (value < 70) {
            return new Meaning("Rain", "rain", Precipitation.RAIN);
        }
        if (value < 80) {
            return new Meaning("Snow", "snow", Precipitation.SNOW);
        }
        if (value < 85) {
            return new Meaning("Showers", "rain", Precipitation.RAIN);
        }
        if (value < 90) {
            return new Meaning("Snow showers", "snow", Precipitation.SNOW);
        }
        return new Meaning("Thunderstorm", "storm", Precipitation.RAIN);
    }
}
