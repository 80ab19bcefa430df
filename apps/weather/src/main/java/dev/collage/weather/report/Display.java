package dev.collage.weather.report;

/**
 * How the card writes numbers. The browser redraws the card with the same rules
 * ({@code weather.js}): change both together.
 */
public final class Display {

    private Display() {}

    /** A whole number: {@code 4}. */
    public static String whole(double value) {
        return Long.toString(Math.round(value));
    }

    /** Whole degrees: {@code 4°}. */
    public static String degrees(double value) {
        return Math.round(value) + "°";
    }

    /** {@code 12 km/h}. */
    public static String wind(ForecastReport.Wind wind) {
        return Math.round(wind.speed()) + " " + wind.unit();
    }

    /** {@code 60%}, or a dash when unknown. */
    public static String chance(Integer percent) {
        return percent == null ? "–" : percent + "%";
    }
}
