package dev.collage.weather.cities;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class CityCatalogTest {

    private static final CityCatalog CATALOG = CityCatalog.bundled();

    private static List<String> names(String q, int limit) {
        return CATALOG.search(q, limit).stream().map(City::name).toList();
    }

    @Test
    void plainLettersFindAccentedNames() {
        assertThat(names("sao", 8)).containsExactly("São Paulo");
        assertThat(names("zur", 8)).containsExactly("Zürich");
        assertThat(names("reykjav", 8)).containsExactly("Reykjavík");
    }

    @Test
    void lettersWithoutADecompositionAreFolded() {
        assertThat(names("tromso", 8)).containsExactly("Tromsø");
        assertThat(names("malmo", 8)).containsExactly("Malmö");
    }

    @Test
    void accentedQueriesFindTheSameCities() {
        assertThat(names("São", 8)).containsExactly("São Paulo");
        assertThat(names("ZÜR", 8)).containsExactly("Zürich");
    }

    @Test
    void caseDoesNotMatter() {
        assertThat(names("OSLO", 8)).containsExactly("Oslo");
    }

    @Test
    void aLaterWordOfTheNameMatches() {
        assertThat(names("york", 8)).containsExactly("New York");
        assertThat(names("paulo", 8)).containsExactly("São Paulo");
    }

    @Test
    void namesStartingWithThePrefixComeBeforeLaterWords() {
        assertThat(names("de", 8)).containsExactly("Denver", "New Delhi", "Rio de Janeiro");
    }

    @Test
    void withinARankNamesAreAlphabetical() {
        assertThat(names("b", 20)).startsWith("Banff", "Bangkok", "Barcelona", "Beijing", "Bergen", "Berlin");
    }

    @Test
    void limitCapsTheList() {
        assertThat(names("s", 3)).hasSize(3);
    }

    @Test
    void aPrefixInsideAWordDoesNotMatch() {
        assertThat(names("slo", 8)).isEmpty();
    }

    @Test
    void everyIdIsWellFormedAndFindsItsCity() {
        for (City c : CATALOG.all()) {
            assertThat(CityIds.isWellFormed(c.id())).as(c.id()).isTrue();
            assertThat(CATALOG.byId(c.id())).contains(c);
        }
    }
}
