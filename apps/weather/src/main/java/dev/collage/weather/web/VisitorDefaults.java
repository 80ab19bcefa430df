package dev.collage.weather.web;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The city a visitor sees before choosing one: a big city of their region (from
 * {@code podium-locale}), else of their language, else the configured default.
 */
public final class VisitorDefaults {

    private static final Map<String, String> BY_REGION = Map.ofEntries(
            Map.entry("US", "denver"),
            Map.entry("CA", "toronto"),
            Map.entry("GB", "london"),
            Map.entry("IE", "dublin"),
            Map.entry("NO", "oslo"),
            Map.entry("SE", "stockholm"),
            Map.entry("DK", "copenhagen"),
            Map.entry("FI", "helsinki"),
            Map.entry("IS", "reykjavik"),
            Map.entry("DE", "berlin"),
            Map.entry("AT", "vienna"),
            Map.entry("CH", "zurich"),
            Map.entry("NL", "amsterdam"),
            Map.entry("FR", "paris"),
            Map.entry("ES", "madrid"),
            Map.entry("PT", "lisbon"),
            Map.entry("IT", "rome"),
            Map.entry("CZ", "prague"),
            Map.entry("PL", "warsaw"),
            Map.entry("HU", "budapest"),
            Map.entry("GR", "athens"),
            Map.entry("TR", "istanbul"),
            Map.entry("MX", "mexico-city"),
            Map.entry("CO", "bogota"),
            Map.entry("PE", "lima"),
            Map.entry("CL", "santiago"),
            Map.entry("AR", "buenos-aires"),
            Map.entry("BR", "sao-paulo"),
            Map.entry("JP", "tokyo"),
            Map.entry("KR", "seoul"),
            Map.entry("CN", "beijing"),
            Map.entry("SG", "singapore"),
            Map.entry("TH", "bangkok"),
            Map.entry("IN", "new-delhi"),
            Map.entry("NP", "kathmandu"),
            Map.entry("AE", "dubai"),
            Map.entry("AU", "sydney"),
            Map.entry("NZ", "auckland"),
            Map.entry("ZA", "cape-town"),
            Map.entry("KE", "nairobi"),
            Map.entry("EG", "cairo"),
            Map.entry("MA", "marrakesh"));

    private static final Map<String, String> BY_LANGUAGE = Map.ofEntries(
            Map.entry("nb", "oslo"),
            Map.entry("nn", "oslo"),
            Map.entry("no", "oslo"),
            Map.entry("sv", "stockholm"),
            Map.entry("da", "copenhagen"),
            Map.entry("fi", "helsinki"),
            Map.entry("is", "reykjavik"),
            Map.entry("de", "berlin"),
            Map.entry("nl", "amsterdam"),
            Map.entry("fr", "paris"),
            Map.entry("es", "madrid"),
            Map.entry("pt", "lisbon"),
            Map.entry("it", "rome"),
            Map.entry("cs", "prague"),
            Map.entry("pl", "warsaw"),
            Map.entry("hu", "budapest"),
            Map.entry("el", "athens"),
            Map.entry("tr", "istanbul"),
            Map.entry("ja", "tokyo"),
            Map.entry("ko", "seoul"),
            Map.entry("zh", "beijing"),
            Map.entry("th", "bangkok"),
            Map.entry("hi", "new-delhi"),
            Map.entry("ne", "kathmandu"));

    private final String fallbackCity;

    public VisitorDefaults(String fallbackCity) {
        this.fallbackCity = fallbackCity;
    }

    /** The city id for a BCP 47 locale such as {@code en-US} or {@code nb-NO}. */
    public String cityFor(String languageTag) {
        Locale locale = Locale.forLanguageTag(languageTag == null ? "" : languageTag.strip());
        String byRegion = BY_REGION.get(locale.getCountry());
        if (byRegion != null) {
            return "fr".equals(locale.getLanguage()) && "CA".equals(locale.getCountry()) ? "montreal" : byRegion;
        }
        return BY_LANGUAGE.getOrDefault(locale.getLanguage(), fallbackCity);
    }

    /** Every city id this may answer, so the start can check each is in the table. */
    public static Set<String> cityIds() {
        var ids = new TreeSet<String>(BY_REGION.values());
        ids.addAll(BY_LANGUAGE.values());
        ids.add("montreal");
        return ids;
    }
}
