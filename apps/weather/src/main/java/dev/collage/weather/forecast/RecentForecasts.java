package dev.collage.weather.forecast;

import dev.collage.weather.cities.City;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Keeps a network provider's forecasts for a few minutes: a forecast does not change by the
 * minute, and every page view would otherwise be a call to the upstream, which has a daily
 * quota. Failures are not kept, so the next visitor tries again.
 */
public final class RecentForecasts implements ForecastProvider {

    private final ForecastProvider upstream;
    private final Clock clock;
    private final Duration freshFor;
    private final Map<String, Kept> kept;

    private record Kept(Forecast forecast, Instant until) {}

    public RecentForecasts(ForecastProvider upstream, Clock clock, Duration freshFor, int capacity) {
        this.upstream = upstream;
        this.clock = clock;
        this.freshFor = freshFor;
        this.kept = new LinkedHashMap<>(16, 0.75f, true) {
            private static final long serialVersionUID = 1L;

            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Kept> eldest) {
                return size() > capacity;
            }
        };
    }

    @Override
    public Source source() {
        return upstream.source();
    }

    @Override
    public ForecastResult forecast(City city) {
        Instant now = clock.instant();
        synchronized (kept) {
            Kept k = kept.get(city.id());
            if (k != null && now.isBefore(k.until())) {
                return k.forecast();
            }
        }
        ForecastResult result = upstream.forecast(city);
        if (result instanceof Forecast forecast) {
            synchronized (kept) {
                kept.put(city.id(), new Kept(forecast, now.plus(freshFor)));
            }
        }
        return result;
    }
}
