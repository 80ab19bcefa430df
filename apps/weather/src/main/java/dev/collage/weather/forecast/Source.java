package dev.collage.weather.forecast;

/** Where a forecast comes from, as the API names it and as the card tells the visitor. */
public enum Source {
    EMBEDDED("embedded", "Collage climate model (offline)", ""),
    // Open-Meteo's data is CC BY 4.0: the card credits it with a link.
    OPEN_METEO("open-meteo", "Open-Meteo", "https://open-meteo.com/");

    private final String id;
    private final String label;
    private final String link;

    Source(String id, String label, String link) {
        this.id = id;
        this.label = label;
        this.link = link;
    }

    public String id() {
        return id;
    }

    public String label() {
        return label;
    }

    /** Where the source's terms ask to be credited; empty when there is nothing to link. */
    public String link() {
        return link;
    }
}
