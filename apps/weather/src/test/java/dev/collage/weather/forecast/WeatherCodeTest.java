package dev.collage.weather.forecast;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class WeatherCodeTest {

    @Test
    void openMeteoCodesHaveTheirOwnWordsAndIcons() {
        assertThat(new WeatherCode(0).text()).isEqualTo("Clear sky");
        assertThat(new WeatherCode(0).icon()).isEqualTo("sun");
        assertThat(new WeatherCode(61).text()).isEqualTo("Light rain");
        assertThat(new WeatherCode(75).icon()).isEqualTo("snow");
        assertThat(new WeatherCode(95).icon()).isEqualTo("storm");
    }

    @Test
    void snowCodesFallAsSnowAndRainCodesAsRain() {
        assertThat(new WeatherCode(86).falls()).isEqualTo(Precipitation.SNOW);
        assertThat(new WeatherCode(81).falls()).isEqualTo(Precipitation.RAIN);
        assertThat(new WeatherCode(3).falls()).isEqualTo(Precipitation.NONE);
    }

    @Test
    void otherWmoCodesAreDescribedByTheirRange() {
        assertThat(new WeatherCode(68).text()).isEqualTo("Rain");
        assertThat(new WeatherCode(79).falls()).isEqualTo(Precipitation.SNOW);
    }

    @Test
    void codesOutsideTheWmoTableAreRefused() {
        assertThatThrownBy(() -> new WeatherCode(100)).hasMessageContaining("0 to 99");
        assertThatThrownBy(() -> new WeatherCode(-1)).hasMessageContaining("0 to 99");
    }
}
