package dev.collage.weather.forecast;

/** What asking a provider for a forecast gives: the forecast, or why there is none. */
public sealed interface ForecastResult permits Forecast, ForecastUnavailable {}
