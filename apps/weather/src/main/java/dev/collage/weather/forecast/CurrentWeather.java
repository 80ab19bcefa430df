package dev.collage.weather.forecast;

/** The weather now: temperature in °C, what it is doing, wind in km/h. */
public record CurrentWeather(double temperatureC, WeatherCode code, double windKmh) {}
