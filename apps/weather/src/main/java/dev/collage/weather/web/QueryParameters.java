package dev.collage.weather.web;

import dev.collage.weather.cities.City;
import dev.collage.weather.cities.CityCatalog;
import dev.collage.weather.cities.CityIds;
import dev.collage.weather.report.Units;
import java.util.Optional;
import java.util.regex.Pattern;

/** The API's query parameters: each read, checked, and refused with its name and rule. */
final class QueryParameters {

    static final int MAX_QUERY_LENGTH = 40;
    static final int DEFAULT_LIMIT = 8;
    static final int MAX_LIMIT = 20;
    // what city names are made of; anything else (digits, <, >, quotes...) cannot match one
    private static final Pattern QUERY = Pattern.compile("[\\p{L}\\p{M} .'’-]+");
    private static final Pattern SMALL_NUMBER = Pattern.compile("[0-9]{1,3}");

    private QueryParameters() {}

    /** {@code city}: a known city id. */
    static City city(String value, CityCatalog catalog) {
        if (value == null || value.isBlank()) {
            throw bad("city", "city is required: a city id such as 'oslo' or 'sao-paulo' (find one with /cities?q=)");
        }
        if (!CityIds.isWellFormed(value)) {
            throw bad(
                    "city",
                    "city must be a city id: lower-case letters and digits joined by hyphens, at most "
                            + CityIds.MAX_LENGTH + " characters, such as 'sao-paulo'");
        }
        return catalog.byId(value)
                .orElseThrow(() -> new RejectedRequest(
                        ApiError.notFound("city", "no city with id '" + value + "'; find one with /cities?q=")));
    }

    /** {@code units}: c or f; absent means the caller's default. */
    static Optional<Units> units(String value) {
        if (value == null) {
            return Optional.empty();
        }
        return Optional.of(Units.parse(value).orElseThrow(() -> bad("units", "units must be 'c' or 'f'")));
    }

    /** {@code q}: the first letters of a city name. */
    static String query(String value) {
        if (value == null || value.isBlank()) {
            throw bad("q", "q is required: the first letters of a city name, such as 'sao'");
        }
        String q = value.strip();
        if (q.length() > MAX_QUERY_LENGTH) {
            throw bad("q", "q must be at most " + MAX_QUERY_LENGTH + " characters");
        }
        if (!QUERY.matcher(q).matches()) {
            throw bad("q", "q may contain only letters, spaces, hyphens, apostrophes and periods");
        }
        return q;
    }

    /** {@code limit}: how many cities at most, 1 to 20, 8 when absent. */
    static int limit(String value) {
        if (value == null) {
            return DEFAULT_LIMIT;
        }
        String v = value.strip();
        int limit = SMALL_NUMBER.matcher(v).matches() ? Integer.parseInt(v) : -1;
        if (limit < 1 || limit > MAX_LIMIT) {
            throw bad("limit", "limit must be a whole number from 1 to " + MAX_LIMIT);
        }
        return limit;
    }

    private static RejectedRequest bad(String field, String message) {
        return new RejectedRequest(ApiError.badRequest(field, message));
    }
}
