package dev.collage.weather.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.collage.weather.cities.CityCatalog;
import org.junit.jupiter.api.Test;

class VisitorDefaultsTest {

    private final VisitorDefaults defaults = new VisitorDefaults("london");

    @Test
    void theRegionPicksTheCity() {
        assertThat(defaults.cityFor("en-US")).isEqualTo("denver");
        assertThat(defaults.cityFor("de-AT")).isEqualTo("vienna");
        assertThat(defaults.cityFor("fr-CA")).isEqualTo("montreal");
        assertThat(defaults.cityFor("en-CA")).isEqualTo("toronto");
    }

    @Test
    void withoutARegionTheLanguagePicksTheCity() {
        assertThat(defaults.cityFor("nb")).isEqualTo("oslo");
        assertThat(defaults.cityFor("de")).isEqualTo("berlin");
    }

    @Test
    void otherwiseTheConfiguredCity() {
        assertThat(defaults.cityFor("en")).isEqualTo("london");
        assertThat(defaults.cityFor("")).isEqualTo("london");
        assertThat(defaults.cityFor(null)).isEqualTo("london");
        assertThat(new VisitorDefaults("oslo").cityFor("xx-ZZ")).isEqualTo("oslo");
    }

    @Test
    void everyCityItMayAnswerIsInTheTable() {
        var catalog = CityCatalog.bundled();
        assertThat(VisitorDefaults.cityIds())
                .allSatisfy(id -> assertThat(catalog.byId(id)).isPresent());
    }
}
