package dev.collage.weather.web;

import dev.collage.sdk.context.PodiumHeaders;
import dev.collage.weather.cities.City;
import dev.collage.weather.cities.CityCatalog;
import dev.collage.weather.forecast.Forecast;
import dev.collage.weather.forecast.ForecastProvider;
import dev.collage.weather.forecast.ForecastResult;
import dev.collage.weather.forecast.ForecastUnavailable;
import dev.collage.weather.report.ForecastReport;
import dev.collage.weather.report.Units;
import io.javalin.http.Context;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The JSON API the card's script calls through the shell: a forecast, and city search. */
public final class WeatherApi {

    private static final Logger log = LoggerFactory.getLogger(WeatherApi.class);

    private final CityCatalog catalog;
    private final ForecastProvider provider;

    public WeatherApi(CityCatalog catalog, ForecastProvider provider) {
        this.catalog = catalog;
        this.provider = provider;
    }

    /** A city's search result: enough to list it and to ask for its forecast. */
    public record CityMatch(String id, String name, String country, String countryName) {

        static CityMatch of(City c) {
            return new CityMatch(c.id(), c.name(), c.country(), c.countryName());
        }
    }

    public record CitySearch(String query, List<CityMatch> cities) {}

    /** {@code GET /api/forecast?city=<id>&units=c|f}. */
    public void forecast(Context ctx) {
        City city = QueryParameters.city(ctx.queryParam("city"), catalog);
        // the shell may pass the visitor's locale on; without it, °C rather than the SDK's en-US default
        Units units = QueryParameters.units(ctx.queryParam("units"))
                .orElseGet(() -> Units.forLocale(ctx.header(PodiumHeaders.LOCALE)));
        ForecastResult result = provider.forecast(city);
        if (result instanceof Forecast forecast) {
            JsonResponses.send(ctx, 200, ForecastReport.of(forecast, units), "public, max-age=300");
        } else if (result instanceof ForecastUnavailable failure) {
            log.warn(
                    "event=forecast_unavailable route=api city={} reason={} source={}",
                    city.id(),
                    failure.reason(),
                    failure.source().id());
            int status = failure.reason() == ForecastUnavailable.Reason.TIMEOUT ? 504 : 502;
            JsonResponses.error(
                    ctx,
                    new ApiError(
                            status,
                            "forecast_unavailable",
                            null,
                            "no forecast for '" + city.id() + "' from "
                                    + failure.source().label() + ": " + failure.detail()));
        }
    }

    /** {@code GET /api/cities?q=<prefix>&limit=<1-20>}. */
    public void cities(Context ctx) {
        String q = QueryParameters.query(ctx.queryParam("q"));
        int limit = QueryParameters.limit(ctx.queryParam("limit"));
        var matches = catalog.search(q, limit).stream().map(CityMatch::of).toList();
        JsonResponses.send(ctx, 200, new CitySearch(q, matches), "public, max-age=3600");
    }
}
