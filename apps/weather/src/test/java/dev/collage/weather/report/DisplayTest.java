package dev.collage.weather.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The card's number formats; weather.js writes them the same way when it redraws. */
class DisplayTest {

    @Test
    void degreesAreWholeAndHalvesRoundUp() {
        assertThat(Display.degrees(4.5)).isEqualTo("5°");
        assertThat(Display.degrees(-2.5)).isEqualTo("-2°");
        assertThat(Display.degrees(-0.4)).isEqualTo("0°");
    }

    @Test
    void windHasItsUnit() {
        assertThat(Display.wind(new ForecastReport.Wind(12.6, "km/h"))).isEqualTo("13 km/h");
    }

    @Test
    void anUnknownChanceIsADash() {
        assertThat(Display.chance(null)).isEqualTo("–");
        assertThat(Display.chance(40)).isEqualTo("40%");
    }
}
