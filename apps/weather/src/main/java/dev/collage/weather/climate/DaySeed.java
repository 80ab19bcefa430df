package dev.collage.weather.climate;

import java.time.LocalDate;
import java.util.Random;

/**
 * The random numbers of one city on one date. The same city and date always give the same
 * numbers, in any process on any machine (String.hashCode and Random are specified exactly),
 * so a forecast is reproducible and one app instance agrees with the next.
 */
final class DaySeed {

    private DaySeed() {}

    static Random of(String cityId, LocalDate date) {
        long seed = cityId.hashCode() * 0x9E3779B97F4A7C15L + date.toEpochDay();
        // spread nearby seeds apart: Random's first outputs for seeds n and n+1 are close
        seed ^= seed >>> 33;
        seed *= 0xFF51AFD7ED558CCDL;
        seed ^= seed >>> 33;
        return new Random(seed);
    }
}
