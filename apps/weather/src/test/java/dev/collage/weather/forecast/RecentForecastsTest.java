package dev.collage.weather.forecast;

import static org.assertj.core.api.Assertions.assertThat;

import dev.collage.weather.cities.City;
import dev.collage.weather.cities.CityCatalog;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class RecentForecastsTest {

    private static final City OSLO = CityCatalog.bundled().byId("oslo").orElseThrow();

    /** A clock a test moves by hand. */
    private static final class HandClock extends Clock {
        private Instant now = Instant.parse("2025-01-15T12:00:00Z");

        void advance(Duration d) {
            now = now.plus(d);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    /** Answers with a forecast whose temperature counts the calls, or fails when told to. */
    private static final class CountingProvider implements ForecastProvider {
        int calls;
        boolean failing;

        @Override
        public Source source() {
            return Source.OPEN_METEO;
        }

        @Override
        public ForecastResult forecast(City city) {
            calls++;
            if (failing) {
                return new ForecastUnavailable(Source.OPEN_METEO, ForecastUnavailable.Reason.TIMEOUT, "slow");
            }
            var day = new DailyForecast(LocalDate.of(2025, 1, 15), 1, -4, new WeatherCode(3), OptionalInt.empty());
            return new Forecast(
                    city, Source.OPEN_METEO, new CurrentWeather(calls, new WeatherCode(3), 5), day, List.of());
        }
    }

    private final HandClock clock = new HandClock();
    private final CountingProvider upstream = new CountingProvider();
    private final RecentForecasts recent = new RecentForecasts(upstream, clock, Duration.ofMinutes(10), 100);

    @Test
    void aSecondAskWithinTheWindowIsAnsweredFromMemory() {
        var first = recent.forecast(OSLO);
        clock.advance(Duration.ofMinutes(9));
        assertThat(recent.forecast(OSLO)).isEqualTo(first);
        assertThat(upstream.calls).isEqualTo(1);
    }

    @Test
    void anAskAfterTheWindowGoesUpstreamAgain() {
        recent.forecast(OSLO);
        clock.advance(Duration.ofMinutes(10));
        recent.forecast(OSLO);
        assertThat(upstream.calls).isEqualTo(2);
    }

    @Test
    void failuresAreNotKept() {
        upstream.failing = true;
        assertThat(recent.forecast(OSLO)).isInstanceOf(ForecastUnavailable.class);
        upstream.failing = false;
        assertThat(recent.forecast(OSLO)).isInstanceOf(Forecast.class);
        assertThat(upstream.calls).isEqualTo(2);
    }
}
