package dev.collage.weather.climate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.collage.weather.cities.City;
import dev.collage.weather.cities.CityCatalog;
import dev.collage.weather.forecast.DailyForecast;
import dev.collage.weather.forecast.Forecast;
import dev.collage.weather.forecast.Precipitation;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Month;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.Test;

class ClimateModelTest {

    private static final CityCatalog CATALOG = CityCatalog.bundled();
    private static final Instant NOON_15_JAN = Instant.parse("2025-01-15T12:00:00Z");

    private static Forecast forecast(String city, Instant at) {
        var model = new ClimateModel(Clock.fixed(at, ZoneOffset.UTC));
        return (Forecast) model.forecast(CATALOG.byId(city).orElseThrow());
    }

    private static List<DailyForecast> allDays(Forecast f) {
        var days = new ArrayList<DailyForecast>();
        days.add(f.today());
        days.addAll(f.nextDays());
        return days;
    }

    @Test
    void sameCityAndMomentGiveTheSameForecast() {
        assertThat(forecast("oslo", NOON_15_JAN)).isEqualTo(forecast("oslo", NOON_15_JAN));
    }

    @Test
    void anotherDayGivesAnotherForecast() {
        var today = forecast("oslo", NOON_15_JAN);
        var weekLater = forecast("oslo", NOON_15_JAN.plusSeconds(7 * 86_400));
        assertThat(weekLater.today()).isNotEqualTo(today.today());
    }

    @Test
    void anotherCityGivesAnotherForecast() {
        assertThat(forecast("bergen", NOON_15_JAN).today().highC())
                .isNotEqualTo(forecast("oslo", NOON_15_JAN).today().highC());
    }

    @Test
    void tomorrowAsForecastTodayIsTodayAsForecastTomorrow() {
        var tomorrowSeenToday = forecast("zurich", NOON_15_JAN).nextDays().get(0);
        var todaySeenTomorrow =
                forecast("zurich", NOON_15_JAN.plusSeconds(86_400)).today();
        assertThat(todaySeenTomorrow).isEqualTo(tomorrowSeenToday);
    }

    @Test
    void daysAreTodayAndTheNextThreeAtTheCity() {
        // 12:00 UTC is already the 16th in Auckland
        var auckland = forecast("auckland", NOON_15_JAN);
        assertThat(auckland.today().date()).isEqualTo(LocalDate.of(2025, 1, 16));
        assertThat(auckland.nextDays())
                .extracting(DailyForecast::date)
                .containsExactly(LocalDate.of(2025, 1, 17), LocalDate.of(2025, 1, 18), LocalDate.of(2025, 1, 19));
    }

    @Test
    void temperaturesVaryFromDayToDay() {
        var highs = new HashSet<Double>();
        var codes = new HashSet<Integer>();
        for (int d = 0; d < 14; d++) {
            var f = forecast("london", NOON_15_JAN.plusSeconds(d * 86_400L));
            highs.add(f.today().highC());
            codes.add(f.today().code().value());
        }
        assertThat(highs).hasSizeGreaterThan(7);
        assertThat(codes).hasSizeGreaterThan(2);
    }

    @Test
    void everyDayOfTheYearIsPlausibleEverywhere() {
        for (City city : CATALOG.all()) {
            for (int d = 0; d < 365; d += 5) {
                Instant at = NOON_15_JAN.plusSeconds(d * 86_400L);
                Forecast f = forecast(city.id(), at);
                for (DailyForecast day : allDays(f)) {
                    String where = city.id() + " " + day.date();
                    var normal = city.normals().on(day.date());
                    assertThat(day.highC()).as(where).isBetween(normal.highC() - 15, normal.highC() + 15);
                    assertThat(day.lowC()).as(where).isLessThan(day.highC());
                    int chance = day.precipitationChance().orElseThrow();
                    assertThat(chance).as(where).isBetween(0, 100);
                    boolean wet = day.code().falls() != Precipitation.NONE;
                    assertThat(chance >= 50)
                            .as(where + " chance " + chance + " with "
                                    + day.code().text())
                            .isEqualTo(wet);
                    if (day.code().falls() == Precipitation.SNOW) {
                        assertThat(day.highC()).as(where + " snow").isLessThanOrEqualTo(3.0);
                    }
                    if (day.code().icon().equals("storm")) {
                        assertThat(day.highC()).as(where + " thunder").isGreaterThanOrEqualTo(24.0);
                    }
                }
                assertThat(f.current().temperatureC())
                        .isBetween(f.today().lowC(), f.today().highC());
                assertThat(f.current().windKmh()).isBetween(0.0, 80.0);
            }
        }
    }

    @Test
    void wetDaysComeAboutAsOftenAsTheNormalsSay() {
        City bergen = CATALOG.byId("bergen").orElseThrow();
        City dubai = CATALOG.byId("dubai").orElseThrow();
        assertThat(wetShareIn(bergen, Month.OCTOBER)).isBetween(0.45, 0.85);
        assertThat(wetShareIn(dubai, Month.JULY)).isEqualTo(0.0);
    }

    @Test
    void coldCitiesSnowInWinterAndWarmOnesNever() {
        assertThat(snowDaysInJanuary("quebec-city")).isPositive();
        assertThat(snowDaysInJanuary("singapore")).isZero();
    }

    private static double wetShareIn(City city, Month month) {
        int wet = 0;
        int days = 0;
        for (int year = 2020; year < 2026; year++) {
            for (int d = 1; d <= month.length(false); d++) {
                Instant at = LocalDate.of(year, month, d).atTime(12, 0).toInstant(ZoneOffset.UTC);
                if (forecast(city.id(), at).today().code().falls() != Precipitation.NONE) {
                    wet++;
                }
                days++;
            }
        }
        return (double) wet / days;
    }

    private static long snowDaysInJanuary(String city) {
        long snow = 0;
        for (int d = 1; d <= 31; d++) {
            Instant at = LocalDate.of(2025, 1, d).atTime(12, 0).toInstant(ZoneOffset.UTC);
            if (forecast(city, at).today().code().falls() == Precipitation.SNOW) {
                snow++;
            }
        }
        return snow;
    }

    @Test
    void nightIsColderThanAfternoon() {
        assertThat(ClimateModel.warmthAt(5)).isLessThan(0.01);
        assertThat(ClimateModel.warmthAt(15)).isGreaterThan(0.99);
        assertThat(ClimateModel.warmthAt(23)).isBetween(0.05, 0.5);
    }
}
