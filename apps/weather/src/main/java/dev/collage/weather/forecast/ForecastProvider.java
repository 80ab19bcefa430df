package dev.collage.weather.forecast;

import dev.collage.weather.cities.City;

/** Somewhere forecasts come from. */
public interface ForecastProvider {

    Source source();

    /** The forecast for {@code city} as of now; never throws for a failure it can describe. */
    ForecastResult forecast(City city);
}
