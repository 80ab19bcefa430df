package dev.collage.weather.cities;

import java.time.ZoneId;
import java.util.Locale;

/**
 * A place a forecast can be shown for.
 *
 * @param id the URL- and cookie-safe slug, e.g. {@code sao-paulo}
 * @param name the display name, with its accents: {@code São Paulo}
 * @param country ISO 3166-1 alpha-2 code, e.g. {@code BR}
 */
public record City(
        String id,
        String name,
        String country,
        double latitude,
        double longitude,
        ZoneId zone,
        ClimateNormals normals) {

    /** The country's English name, e.g. {@code Brazil}. */
    public String countryName() {
        String name = new Locale("", country).getDisplayCountry(Locale.ENGLISH);
        return name.isBlank() ? country : name;
    }
}
