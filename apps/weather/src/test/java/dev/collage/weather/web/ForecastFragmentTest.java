package dev.collage.weather.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.collage.weather.testing.WeatherServer;
import java.net.http.HttpResponse;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

class ForecastFragmentTest {

    private static final WeatherServer SERVER = WeatherServer.embedded();

    @AfterAll
    static void stop() {
        SERVER.close();
    }

    private static HttpResponse<String> fragment(String query, String locale) {
        return SERVER.get("/content" + query, WeatherServer.shell(locale));
    }

    private static Element card(String query, String locale) {
        var response = fragment(query, locale);
        assertThat(response.statusCode()).isEqualTo(200);
        Element root = Jsoup.parseBodyFragment(response.body()).body().child(0);
        assertThat(root.tagName()).isEqualTo("weather-forecast");
        return root;
    }

    private static String unit(Element card) {
        return card.selectFirst("[data-wf=unit]").text();
    }

    @Test
    void anAmericanVisitorSeesDenverInFahrenheit() {
        Element card = card("", "en-US");
        assertThat(card.attr("data-city")).isEqualTo("denver");
        assertThat(card.selectFirst("h2").text()).isEqualTo("Weather in Denver");
        assertThat(unit(card)).isEqualTo("°F");
        assertThat(card.selectFirst("button[data-units=f]").attr("aria-pressed"))
                .isEqualTo("true");
    }

    @Test
    void aNorwegianVisitorSeesOsloInCelsius() {
        Element card = card("", "nb-NO");
        assertThat(card.attr("data-city")).isEqualTo("oslo");
        assertThat(unit(card)).isEqualTo("°C");
    }

    @Test
    void aGermanSpeakerSeesBerlin() {
        assertThat(card("", "de").attr("data-city")).isEqualTo("berlin");
    }

    @Test
    void anyOtherVisitorSeesTheDefaultCity() {
        Element card = card("", "en");
        assertThat(card.attr("data-city")).isEqualTo("london");
        assertThat(unit(card)).isEqualTo("°C");
    }

    @Test
    void theUnitsParameterBeatsTheLocale() {
        assertThat(unit(card("?city=oslo&units=c", "en-US"))).isEqualTo("°C");
        assertThat(unit(card("?city=oslo&units=f", "nb-NO"))).isEqualTo("°F");
    }

    @Test
    void unknownUnitsFallBackToTheLocale() {
        assertThat(unit(card("?units=kelvin", "en-US"))).isEqualTo("°F");
    }

    @Test
    void theCityParameterPicksTheCity() {
        Element card = card("?city=sao-paulo", "en-US");
        assertThat(card.selectFirst("[data-wf=city]").text()).isEqualTo("São Paulo");
        assertThat(card.selectFirst("[data-wf=country]").text()).isEqualTo("Brazil");
        assertThat(card.select(".wf-note")).isEmpty();
    }

    @Test
    void anUnknownCityShowsTheDefaultCityWithANote() {
        Element card = card("?city=atlantis", "nb-NO");
        assertThat(card.attr("data-city")).isEqualTo("oslo");
        assertThat(card.selectFirst(".wf-note").text()).isEqualTo("We couldn't find that city, so here is Oslo.");
    }

    @Test
    void aScriptInTheCityIsNeverReflected() {
        var response = fragment("?city=" + WeatherServer.encode("\"><script>alert(1)</script>"), "en-US");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).doesNotContain("<script").doesNotContain("alert(1)");
    }

    @Test
    void aScriptInTheLocaleIsNeverReflected() {
        var response = fragment("", "<script>alert(1)</script>");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).doesNotContain("<script").doesNotContain("alert(1)");
    }

    @Test
    void theCardShowsNowAndThreeDays() {
        Element card = card("?city=oslo&units=c", "en-GB");
        assertThat(card.selectFirst("[data-wf=temperature]").text()).matches("-?\\d+");
        assertThat(card.selectFirst(".wf-now [data-wf=condition]").text()).isNotBlank();
        assertThat(card.selectFirst(".wf-now [data-wf=wind]").text()).matches("\\d+ km/h");
        assertThat(card.select(".wf-day")).hasSize(3);
        assertThat(card.select(".wf-day time").eachAttr("datetime"))
                .containsExactly("2025-01-16", "2025-01-17", "2025-01-18");
        assertThat(card.select(".wf-day svg[role=img]"))
                .allSatisfy(icon -> assertThat(icon.attr("aria-label")).isNotBlank());
    }

    @Test
    void theCardCarriesWhatTheBusNeeds() {
        Element card = card("?city=oslo", "en-GB");
        assertThat(card.attr("data-city-name")).isEqualTo("Oslo");
        assertThat(card.attr("data-country")).isEqualTo("NO");
        assertThat(card.attr("data-temperature-c")).matches("-?\\d+\\.\\d");
        assertThat(card.attr("data-conditions")).matches("((rain|snow|cold|hot|wind|sun) ?)*");
    }

    @Test
    void theApiPathComesFromThePublicPathname() {
        assertThat(card("?city=oslo", "en-GB").attr("data-api")).isEqualTo("/apps/weather/api");
    }

    @Test
    void theCardSaysWhereTheForecastComesFrom() {
        assertThat(card("?city=oslo", "en-GB").selectFirst(".wf-source").text())
                .isEqualTo("Source: Collage climate model (offline)");
    }

    @Test
    void theSearchIsALabelledCombobox() {
        Element card = card("?city=oslo", "en-GB");
        Element input = card.selectFirst("input[role=combobox]");
        assertThat(card.selectFirst("label[for=" + input.id() + "]").text()).isNotBlank();
        assertThat(card.getElementById(input.attr("aria-controls")).attr("role"))
                .isEqualTo("listbox");
        assertThat(card.selectFirst("form button[type=submit]")).isNotNull();
    }

    @Test
    void theCardMayBeCachedForFiveMinutesPerLocale() {
        var response = fragment("?city=oslo", "en-GB");
        assertThat(response.headers().firstValue("cache-control")).hasValue("max-age=300");
        assertThat(response.headers().firstValue("vary")).hasValue("podium-locale");
    }

    @Test
    void theFallbackIsAStaticCardWithTheSameRoot() {
        var response = SERVER.get("/fallback");
        assertThat(response.statusCode()).isEqualTo(200);
        Element root = Jsoup.parseBodyFragment(response.body()).body().child(0);
        assertThat(root.tagName()).isEqualTo("weather-forecast");
        assertThat(root.text()).contains("Weather is taking a break");
        assertThat(root.hasAttr("data-api")).isFalse();
    }
}
