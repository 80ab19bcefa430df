package dev.collage.weather.web;

import dev.collage.sdk.context.PodiumContext;
import dev.collage.sdk.view.Views;
import dev.collage.weather.cities.City;
import dev.collage.weather.cities.CityCatalog;
import dev.collage.weather.cities.CityIds;
import dev.collage.weather.forecast.Forecast;
import dev.collage.weather.forecast.ForecastProvider;
import dev.collage.weather.forecast.ForecastResult;
import dev.collage.weather.forecast.ForecastUnavailable;
import dev.collage.weather.report.ForecastReport;
import dev.collage.weather.report.Units;
import io.javalin.http.Context;
import java.util.Locale;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The card a page shows: {@code GET /content?city=&units=}, and the fallback. Both slot
 * parameters come from the visitor's cookies through the shell, so a stale or tampered value
 * must still give a card: an unknown city shows the default city with a note, and unknown
 * units are ignored.
 */
public final class ForecastFragment {

    private static final Logger log = LoggerFactory.getLogger(ForecastFragment.class);

    private final CityCatalog catalog;
    private final ForecastProvider provider;
    private final VisitorDefaults defaults;
    private final Views views;

    public ForecastFragment(CityCatalog catalog, ForecastProvider provider, VisitorDefaults defaults, Views views) {
        this.catalog = catalog;
        this.provider = provider;
        this.defaults = defaults;
        this.views = views;
    }

    public void content(Context ctx) {
        var context = PodiumContext.from(ctx::header);
        Units units = Units.parse(ctx.queryParam("units")).orElseGet(() -> Units.forLocale(context.locale()));
        String requested = ctx.queryParam("city");
        City city = known(requested).orElseGet(() -> defaultCity(context.locale()));
        String note =
                requested == null || requested.isBlank() || known(requested).isPresent()
                        ? ""
                        : "We couldn't find that city, so here is " + city.name() + ".";
        // the city and units may come from the locale, so a cache must keep one copy per locale
        ctx.header("Vary", "podium-locale");
        ForecastResult result = provider.forecast(city);
        if (result instanceof Forecast forecast) {
            ctx.header("Cache-Control", "max-age=300");
            views.html(
                    ctx,
                    "forecast.jte",
                    new ForecastCard(ForecastReport.of(forecast, units), context.publicPath("api"), note));
        } else if (result instanceof ForecastUnavailable failure) {
            log.warn(
                    "event=forecast_unavailable route=content city={} reason={} source={}",
                    city.id(),
                    failure.reason(),
                    failure.source().id());
            // 503 lets the shell put the app's fallback in; the body is for a caller that shows it anyway
            ctx.status(503).header("Cache-Control", "no-store");
            views.html(
                    ctx,
                    "unavailable.jte",
                    new UnavailableCard(city.name(), failure.source().label()));
        }
    }

    public void fallback(Context ctx) {
        ctx.header("Cache-Control", "max-age=3600");
        views.html(ctx, "fallback.jte", null);
    }

    private Optional<City> known(String requested) {
        if (requested == null) {
            return Optional.empty();
        }
        String id = requested.strip().toLowerCase(Locale.ROOT);
        return CityIds.isWellFormed(id) ? catalog.byId(id) : Optional.empty();
    }

    private City defaultCity(String locale) {
        return catalog.byId(defaults.cityFor(locale))
                .orElseThrow(
                        () -> new IllegalStateException("the default city for " + locale + " is not in the table"));
    }
}
