package dev.collage.weather.report;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** How temperatures and wind are shown: °C with km/h, or °F with mph. */
public enum Units {
    CELSIUS("c", "°C", "km/h"),
    FAHRENHEIT("f", "°F", "mph");

    // where people read °F: the United States, Liberia, Myanmar
    private static final Set<String> FAHRENHEIT_REGIONS = Set.of("US", "LR", "MM");
    private static final double KMH_PER_MPH = 1.609344;

    private final String code;
    private final String symbol;
    private final String windUnit;

    Units(String code, String symbol, String windUnit) {
        this.code = code;
        this.symbol = symbol;
        this.windUnit = windUnit;
    }

    /** {@code c} or {@code f}, as the API's {@code units} parameter and the cookie spell it. */
    public String code() {
        return code;
    }

    public String symbol() {
        return symbol;
    }

    public String windUnit() {
        return windUnit;
    }

    /** The units named by {@code c} or {@code f} (any case); empty for anything else. */
    public static Optional<Units> parse(String value) {
        if (value == null) {
            return Optional.empty();
        }
        String v = value.strip().toLowerCase(Locale.ROOT);
        for (Units u : values()) {
            if (u.code.equals(v)) {
                return Optional.of(u);
            }
        }
        return Optional.empty();
    }

    /** What a visitor with this BCP 47 locale expects: °F in the US, °C elsewhere. */
    public static Units forLocale(String languageTag) {
        String region =
                Locale.forLanguageTag(languageTag == null ? "" : languageTag).getCountry();
        return FAHRENHEIT_REGIONS.contains(region) ? FAHRENHEIT : CELSIUS;
    }

    public double temperature(double celsius) {
        return this == CELSIUS ? celsius : celsius * 9 / 5 + 32;
    }

    public double windSpeed(double kmh) {
        return this == CELSIUS ? kmh : kmh / KMH_PER_MPH;
    }
}
