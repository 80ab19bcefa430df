package dev.collage.recommendations.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.collage.recommendations.weather.Condition;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class QueryReaderTest {

    @Test
    void aMissingLimitIsTheDefaultAndNoProblem() {
        var query = reader(Map.of());

        assertThat(query.wholeNumber("limit", 1, 12, 4)).isEqualTo(4);
        assertThat(query.problems()).isEmpty();
    }

    @Test
    void aLimitInRangeIsRead() {
        assertThat(reader(Map.of("limit", List.of("12"))).wholeNumber("limit", 1, 12, 4))
                .isEqualTo(12);
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "13", "-1", "99999999999", "999999999999999999999999"})
    void aLimitOutOfRangeIsNamedWithTheRangeAndTheValue(String value) {
        var query = reader(Map.of("limit", List.of(value)));

        assertThat(query.wholeNumber("limit", 1, 12, 4)).isEqualTo(4);
        assertThat(query.problems())
                .containsExactly(
                        new ParamProblem("limit", "limit must be a whole number from 1 to 12, was '" + value + "'"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"abc", "4.5", "", "1e3", "0x10"})
    void aLimitThatIsNotAWholeNumberIsAProblem(String value) {
        var query = reader(Map.of("limit", List.of(value)));
        query.wholeNumber("limit", 1, 12, 4);

        assertThat(query.problems()).singleElement().satisfies(p -> {
            assertThat(p.field()).isEqualTo("limit");
            assertThat(p.message()).startsWith("limit must be a whole number from 1 to 12");
        });
    }

    @Test
    void aParameterGivenTwiceIsAProblem() {
        var query = reader(Map.of("limit", List.of("2", "3")));
        query.wholeNumber("limit", 1, 12, 4);

        assertThat(query.problems())
                .containsExactly(new ParamProblem("limit", "limit must be given once, was given 2 times"));
    }

    @Test
    void markupIsNeverQuotedBackInAMessage() {
        var query = reader(Map.of(
                "limit", List.of("<script>alert(1)</script>"),
                "product", List.of("\"><img src=x onerror=alert(1)>"),
                "weather", List.of("rain,<b>hail</b>")));
        query.wholeNumber("limit", 1, 12, 4);
        query.productId("product");
        query.weather("weather");

        assertThat(query.problems()).hasSize(3).allSatisfy(p -> assertThat(p.message())
                .doesNotContain("<")
                .doesNotContain(">")
                .doesNotContain("\""));
    }

    @Test
    void aProductIdMustBeDigits() {
        var query = reader(Map.of("product", List.of("abc")));

        assertThat(query.productId("product")).isEmpty();
        assertThat(query.problems())
                .containsExactly(
                        new ParamProblem("product", "product must be a product id: 1 to 12 digits, like 7, was 'abc'"));
    }

    @Test
    void anEmptyProductIdIsAProblem() {
        var query = reader(Map.of("product", List.of("")));

        assertThat(query.productId("product")).isEmpty();
        assertThat(query.problems()).extracting(ParamProblem::field).containsExactly("product");
    }

    @Test
    void weatherIsACommaListInAnyCase() {
        var query = reader(Map.of("weather", List.of("Rain, cold,rain")));

        assertThat(query.weather("weather").conditions()).containsExactlyInAnyOrder(Condition.RAIN, Condition.COLD);
        assertThat(query.problems()).isEmpty();
    }

    @Test
    void anEmptyWeatherMeansTheWeatherIsUnknown() {
        var query = reader(Map.of("weather", List.of("")));

        assertThat(query.weather("weather").isKnown()).isFalse();
        assertThat(query.problems()).isEmpty();
    }

    @Test
    void anUnknownConditionIsNamedWithTheKnownOnes() {
        var query = reader(Map.of("weather", List.of("rain,hail")));
        query.weather("weather");

        assertThat(query.problems())
                .containsExactly(new ParamProblem(
                        "weather",
                        "weather must be a comma list of rain, snow, cold, hot, wind, sun, has an unknown condition,"
                                + " was 'hail'"));
    }

    @Test
    void anEmptyItemInTheWeatherListIsAProblem() {
        var query = reader(Map.of("weather", List.of("rain,,cold")));
        query.weather("weather");

        assertThat(query.problems()).extracting(ParamProblem::field).containsExactly("weather");
    }

    @Test
    void aHugeWeatherListIsRefused() {
        var query = reader(Map.of("weather", List.of("rain,".repeat(5000) + "rain")));
        query.weather("weather");

        assertThat(query.problems()).singleElement().satisfies(p -> assertThat(p.message())
                .startsWith("weather must list at most 12 conditions"));
    }

    @Test
    void aLanguageTagIsReadAsALocale() {
        assertThat(reader(Map.of("locale", List.of("de-DE"))).locale("locale")).contains(Locale.GERMANY);
    }

    @Test
    void somethingThatIsNotALanguageTagIsAProblem() {
        var query = reader(Map.of("locale", List.of("de_DE; drop table")));

        assertThat(query.locale("locale")).isEqualTo(Optional.empty());
        assertThat(query.problems()).extracting(ParamProblem::field).containsExactly("locale");
    }

    @Test
    void everyProblemIsKeptNotJustTheFirst() {
        var query = reader(Map.of("limit", List.of("0"), "weather", List.of("fog")));
        query.wholeNumber("limit", 1, 12, 4);
        query.weather("weather");

        assertThat(query.problems()).extracting(ParamProblem::field).containsExactly("limit", "weather");
    }

    private static QueryReader reader(Map<String, List<String>> params) {
        return new QueryReader(params);
    }
}
