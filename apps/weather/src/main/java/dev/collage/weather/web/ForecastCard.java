package dev.collage.weather.web;

import dev.collage.weather.report.ForecastReport;

/**
 * What the card template shows.
 *
 * @param api the browser path of the API, from {@code podium-public-pathname}
 * @param note a short line above the forecast (an unknown city was asked for), or empty
 */
public record ForecastCard(ForecastReport report, String api, String note) {

    /** The tags as one attribute value, for the script that publishes them. */
    public String conditionsAttribute() {
        return String.join(" ", report.conditions());
    }
}
