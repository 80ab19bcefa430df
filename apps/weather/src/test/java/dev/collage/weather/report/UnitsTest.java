package dev.collage.weather.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import org.junit.jupiter.api.Test;

class UnitsTest {

    @Test
    void americansGetFahrenheit() {
        assertThat(Units.forLocale("en-US")).isEqualTo(Units.FAHRENHEIT);
        assertThat(Units.forLocale("es-US")).isEqualTo(Units.FAHRENHEIT);
    }

    @Test
    void everyoneElseGetsCelsius() {
        assertThat(Units.forLocale("en-GB")).isEqualTo(Units.CELSIUS);
        assertThat(Units.forLocale("nb-NO")).isEqualTo(Units.CELSIUS);
        assertThat(Units.forLocale("en")).isEqualTo(Units.CELSIUS);
        assertThat(Units.forLocale("not a locale")).isEqualTo(Units.CELSIUS);
        assertThat(Units.forLocale(null)).isEqualTo(Units.CELSIUS);
    }

    @Test
    void parsesCAndFInAnyCaseOnly() {
        assertThat(Units.parse("F")).contains(Units.FAHRENHEIT);
        assertThat(Units.parse("c")).contains(Units.CELSIUS);
        assertThat(Units.parse("kelvin")).isEmpty();
        assertThat(Units.parse(null)).isEmpty();
    }

    @Test
    void convertsTemperatureAndWind() {
        assertThat(Units.FAHRENHEIT.temperature(100)).isEqualTo(212.0);
        assertThat(Units.FAHRENHEIT.temperature(-40)).isEqualTo(-40.0);
        assertThat(Units.FAHRENHEIT.windSpeed(16.09344)).isCloseTo(10.0, offset(1e-9));
        assertThat(Units.CELSIUS.temperature(21.5)).isEqualTo(21.5);
    }
}
