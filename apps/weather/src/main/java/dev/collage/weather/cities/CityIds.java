package dev.collage.weather.cities;

import java.util.regex.Pattern;

/** What a city id looks like: lower-case words joined by hyphens, as in {@code sao-paulo}. */
public final class CityIds {

    public static final int MAX_LENGTH = 64;
    private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    private CityIds() {}

    public static boolean isWellFormed(String id) {
        return id != null && id.length() <= MAX_LENGTH && SLUG.matcher(id).matches();
    }
}
