package dev.collage.weather.cities;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Month;
import java.util.List;
import org.junit.jupiter.api.Test;

class CityTableReaderTest {

    private static final String OSLO = """
              {"id": "oslo", "name": "Oslo", "country": "NO", "latitude": 59.913, "longitude": 10.752, "timezone": "Europe/Oslo",
               "high":    [-0.3, 0.6, 4.6, 10.4, 16.4, 20.3, 22.4, 21.0, 16.0, 9.5, 4.3, 0.6],
               "low":     [-6.0, -6.2, -3.2, 1.0, 6.2, 10.2, 12.8, 11.8, 7.9, 3.5, -0.6, -4.8],
               "wetDays": [10, 7, 9, 8, 9, 10, 10, 11, 10, 11, 11, 10]}""";

    private static List<City> read(String json) throws IOException {
        return CityTableReader.read("test.json", new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
    }

    private static String table(String... entries) {
        return "[\n" + String.join(",\n", entries) + "\n]\n";
    }

    @Test
    void bundledTableHasAtLeastFiftyCitiesWithTwelveMonthsEach() {
        var cities = CityTableReader.readResource("cities.json");
        assertThat(cities).hasSizeGreaterThanOrEqualTo(50);
        assertThat(cities).allSatisfy(c -> assertThat(c.normals().months()).hasSize(12));
    }

    @Test
    void bundledTableKeepsAccentsInDisplayNames() {
        var names = CityTableReader.readResource("cities.json").stream()
                .map(City::name)
                .toList();
        assertThat(names).contains("São Paulo", "Zürich", "Tromsø", "Reykjavík");
    }

    @Test
    void bundledNormalsArePlausible() {
        for (City c : CityTableReader.readResource("cities.json")) {
            for (Month m : Month.values()) {
                var normal = c.normals().of(m);
                assertThat(normal.highC()).as(c.id() + " " + m).isBetween(-20.0, 45.0);
                assertThat(normal.highC() - normal.lowC()).as(c.id() + " " + m).isBetween(1.0, 25.0);
                assertThat(normal.wetDays()).as(c.id() + " " + m).isBetween(0.0, 25.0);
            }
        }
    }

    @Test
    void readsAWellFormedEntry() throws IOException {
        City oslo = read(table(OSLO)).get(0);
        assertThat(oslo.id()).isEqualTo("oslo");
        assertThat(oslo.zone().getId()).isEqualTo("Europe/Oslo");
        assertThat(oslo.normals().of(Month.JULY).highC()).isEqualTo(22.4);
        assertThat(oslo.countryName()).isEqualTo("Norway");
    }

    @Test
    void elevenMonthsNameTheLineEntryAndField() {
        String broken = OSLO.replace(
                "[10, 7, 9, 8, 9, 10, 10, 11, 10, 11, 11, 10]", "[10, 7, 9, 8, 9, 10, 10, 11, 10, 11, 11]");
        assertThatThrownBy(() -> read(table(OSLO.replace("\"oslo\"", "\"oslo-2\""), broken)))
                .isInstanceOf(InvalidCityTableException.class)
                .hasMessageContaining("test.json line 6")
                .hasMessageContaining("entry 2, id 'oslo'")
                .hasMessageContaining("'wetDays' must be an array of 12 numbers")
                .hasMessageContaining("has 11");
    }

    @Test
    void missingFieldIsNamed() {
        assertThatThrownBy(() -> read(table(OSLO.replace("\"timezone\": \"Europe/Oslo\",", ""))))
                .isInstanceOf(InvalidCityTableException.class)
                .hasMessageContaining("'timezone' must be a non-empty string");
    }

    @Test
    void unknownTimeZoneIsNamed() {
        assertThatThrownBy(() -> read(table(OSLO.replace("Europe/Oslo", "Europe/Atlantis"))))
                .hasMessageContaining("timezone 'Europe/Atlantis' is not a known time zone");
    }

    @Test
    void lowAboveHighNamesTheMonth() {
        assertThatThrownBy(() -> read(table(OSLO.replace("[-6.0, -6.2,", "[-6.0, 3.0,"))))
                .hasMessageContaining("month 2 has low 3.0 not below high 0.6");
    }

    @Test
    void misspelledFieldIsRefused() {
        assertThatThrownBy(() -> read(table(OSLO.replace("\"wetDays\"", "\"wetdays\""))))
                .hasMessageContaining("unknown field 'wetdays'");
    }

    @Test
    void latitudeOutOfRangeIsRefused() {
        assertThatThrownBy(() -> read(table(OSLO.replace("59.913", "159.913"))))
                .hasMessageContaining("'latitude' is 159.913, must be from -90.0 to 90.0");
    }

    @Test
    void idWithCapitalsIsRefused() {
        assertThatThrownBy(() -> read(table(OSLO.replace("\"oslo\"", "\"Oslo\""))))
                .hasMessageContaining("id 'Oslo' must be lower-case");
    }

    @Test
    void brokenJsonNamesTheLine() {
        assertThatThrownBy(() -> read(table(OSLO, "  {\"id\": \"bergen\",, }")))
                .isInstanceOf(InvalidCityTableException.class)
                .hasMessageContaining("test.json line 6: not valid JSON");
    }

    @Test
    void emptyTableIsRefused() {
        assertThatThrownBy(() -> read("[]")).hasMessageContaining("the table has no cities");
    }

    @Test
    void duplicateIdsAreRefusedByTheCatalog() throws IOException {
        var cities = read(table(OSLO, OSLO));
        assertThatThrownBy(() -> new CityCatalog(cities)).hasMessageContaining("city id 'oslo' appears more than once");
    }
}
