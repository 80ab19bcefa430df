package dev.collage.weather;

import dev.collage.sdk.app.Health;
import dev.collage.sdk.app.MicroApp;
import dev.collage.sdk.view.Views;
import dev.collage.weather.cities.CityCatalog;
import dev.collage.weather.climate.ClimateModel;
import dev.collage.weather.forecast.ForecastProvider;
import dev.collage.weather.forecast.RecentForecasts;
import dev.collage.weather.openmeteo.OpenMeteoClient;
import dev.collage.weather.web.ForecastFragment;
import dev.collage.weather.web.JsonResponses;
import dev.collage.weather.web.RejectedRequest;
import dev.collage.weather.web.VisitorDefaults;
import dev.collage.weather.web.WeatherApi;
import io.javalin.Javalin;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The weather app's parts, put together, and the one place its routes are declared. */
public final class WeatherApp {

    private static final Logger log = LoggerFactory.getLogger(WeatherApp.class);
    private static final Duration OPEN_METEO_FRESH_FOR = Duration.ofMinutes(10);
    private static final int OPEN_METEO_KEPT_CITIES = 500;

    private final MicroApp contract;
    private final ForecastFragment fragment;
    private final WeatherApi api;

    private WeatherApp(MicroApp contract, ForecastFragment fragment, WeatherApi api) {
        this.contract = contract;
        this.fragment = fragment;
        this.api = api;
    }

    /** Builds the app from its settings; a broken city table or default city stops it here. */
    public static WeatherApp assemble(WeatherConfig config, Clock clock) {
        var catalog = CityCatalog.bundled();
        for (String id : VisitorDefaults.cityIds()) {
            catalog.byId(id)
                    .orElseThrow(
                            () -> new IllegalStateException("locale default city '" + id + "' is not in cities.json"));
        }
        catalog.byId(config.defaultCity())
                .orElseThrow(() -> new IllegalArgumentException("WEATHER_DEFAULT_CITY '" + config.defaultCity()
                        + "' is not in the city table; GET /api/cities?q= lists the ids"));
        ForecastProvider provider = provider(config, clock);
        log.info(
                "event=assembled provider={} cities={} default_city={}",
                provider.source().id(),
                catalog.size(),
                config.defaultCity());

        var fragment = new ForecastFragment(
                catalog,
                provider,
                new VisitorDefaults(config.defaultCity()),
                Views.precompiled("dev.collage.weather.jte"));
        var api = new WeatherApi(catalog, provider);
        var contract = MicroApp.builder(WeatherApp.class)
                .content("/content", fragment::content)
                .fallback("/fallback", fragment::fallback)
                .css("weather.css")
                .js("weather.js")
                .proxy("api", "/api")
                .health(() -> Health.up(Map.of("provider", provider.source().id(), "cities", catalog.size())))
                .build();
        return new WeatherApp(contract, fragment, api);
    }

    /** The not yet started server of {@link #assemble}: tests start it on port 0. */
    public static Javalin server(WeatherConfig config, Clock clock) {
        return assemble(config, clock).server();
    }

    public Javalin server() {
        return contract.server(config -> {
            config.routes.get("/api/forecast", api::forecast);
            config.routes.get("/api/cities", api::cities);
            config.routes.exception(RejectedRequest.class, (e, ctx) -> JsonResponses.error(ctx, e.error()));
            config.requestLogger.http((ctx, ms) -> log.info(
                    "event=request method={} path={} status={} ms={}",
                    ctx.method(),
                    ctx.path(),
                    ctx.statusCode(),
                    Math.round(ms)));
        });
    }

    /** Starts on {@code HOST}:{@code PORT} from the environment. */
    public void run(int defaultPort) {
        contract.run(server(), defaultPort);
    }

    private static ForecastProvider provider(WeatherConfig config, Clock clock) {
        if (config.provider() == WeatherConfig.Provider.OPEN_METEO) {
            return new RecentForecasts(
                    new OpenMeteoClient(config.openMeteoUrl(), config.timeout()),
                    clock,
                    OPEN_METEO_FRESH_FOR,
                    OPEN_METEO_KEPT_CITIES);
        }
        return new ClimateModel(clock);
    }
}
