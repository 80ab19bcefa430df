package dev.collage.weather;

import dev.collage.weather.cities.CityIds;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;

/**
 * The app's settings, from environment variables only. {@code HOST} and {@code PORT} are read
 * by the SDK when the server starts.
 *
 * @param openMeteoUrl where Open-Meteo's API lives; used when {@code provider} is OPEN_METEO
 * @param timeout the total deadline of one call to Open-Meteo
 * @param defaultCity the city shown when neither the slot nor the visitor's locale picks one
 */
public record WeatherConfig(Provider provider, URI openMeteoUrl, Duration timeout, String defaultCity) {

    public enum Provider {
        EMBEDDED,
        OPEN_METEO
    }

    static final URI OPEN_METEO = URI.create("https://api.open-meteo.com");
    static final long MIN_TIMEOUT_MS = 1;
    static final long MAX_TIMEOUT_MS = 60_000;

    public static WeatherConfig defaults() {
        return new WeatherConfig(Provider.EMBEDDED, OPEN_METEO, Duration.ofMillis(2000), "london");
    }

    /** Reads the settings; a bad value stops the start with the variable's name and the rule. */
    public static WeatherConfig fromEnvironment(Map<String, String> env) {
        var d = defaults();
        return new WeatherConfig(
                provider(env.get("WEATHER_PROVIDER"), d.provider()),
                url(env.get("WEATHER_OPEN_METEO_URL"), d.openMeteoUrl()),
                timeout(env.get("WEATHER_TIMEOUT_MS"), d.timeout()),
                city(env.get("WEATHER_DEFAULT_CITY"), d.defaultCity()));
    }

    private static Provider provider(String value, Provider otherwise) {
        if (isUnset(value)) {
            return otherwise;
        }
        return switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "embedded" -> Provider.EMBEDDED;
            case "open-meteo" -> Provider.OPEN_METEO;
            default ->
                throw new IllegalArgumentException(
                        "WEATHER_PROVIDER must be 'embedded' or 'open-meteo', was '" + value + "'");
        };
    }

    private static URI url(String value, URI otherwise) {
        if (isUnset(value)) {
            return otherwise;
        }
        try {
            URI uri = new URI(value.strip());
            if (!("http".equals(uri.getScheme()) || "https".equals(uri.getScheme()))
                    || uri.getHost() == null
                    || uri.getQuery() != null
                    || uri.getFragment() != null) {
                throw new URISyntaxException(value, "not an http(s) URL without query");
            }
            return uri;
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException(
                    "WEATHER_OPEN_METEO_URL must be an http(s) URL such as https://api.open-meteo.com, was '" + value
                            + "'");
        }
    }

    private static Duration timeout(String value, Duration otherwise) {
        if (isUnset(value)) {
            return otherwise;
        }
        try {
            long ms = Long.parseLong(value.strip());
            if (ms < MIN_TIMEOUT_MS || ms > MAX_TIMEOUT_MS) {
                throw new NumberFormatException();
            }
            return Duration.ofMillis(ms);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("WEATHER_TIMEOUT_MS must be a whole number of milliseconds from "
                    + MIN_TIMEOUT_MS + " to " + MAX_TIMEOUT_MS + ", was '" + value + "'");
        }
    }

    private static String city(String value, String otherwise) {
        if (isUnset(value)) {
            return otherwise;
        }
        String id = value.strip();
        if (!CityIds.isWellFormed(id)) {
            throw new IllegalArgumentException(
                    "WEATHER_DEFAULT_CITY must be a city id such as 'london' or 'sao-paulo', was '" + value + "'");
        }
        return id;
    }

    private static boolean isUnset(String value) {
        return value == null || value.isBlank();
    }
}
