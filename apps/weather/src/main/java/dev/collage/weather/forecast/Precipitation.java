package dev.collage.weather.forecast;

/** What falls from the sky under a weather code. */
public enum Precipitation {
    NONE,
    RAIN,
    SNOW
}
