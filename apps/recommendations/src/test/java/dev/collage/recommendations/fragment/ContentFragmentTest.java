package dev.collage.recommendations.fragment;

import static org.assertj.core.api.Assertions.assertThat;

import dev.collage.recommendations.testing.TestServer;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ContentFragmentTest {

    private static final String SCRIPT = "\"><script>alert(1)</script>";
    private TestServer app;

    @BeforeAll
    void start() {
        app = TestServer.start();
    }

    @AfterAll
    void stop() {
        app.close();
    }

    @Test
    void theHeaderCarriesTheProductNameAsThePagesH1() {
        Element root = root(app.fragment("view=header&product=1", "en-US").body());

        assertThat(root.tagName()).isEqualTo("product-header");
        assertThat(root.select("h1")).hasSize(1);
        assertThat(root.selectFirst("h1").text()).isEqualTo("Stormline 3L Shell Jacket");
        assertThat(root.selectFirst(".price").text()).isEqualTo("€229.00");
        assertThat(root.selectFirst(".category").text()).isEqualTo("Jackets");
        assertThat(root.selectFirst(".description").text()).contains("waterproof shell");
        assertThat(root.select(".tags li")).extracting(Element::text).contains("Waterproof", "Breathable");
    }

    @Test
    void theHeaderHasALargeLabelledIllustrationAndAnAccessibleButton() {
        Element root = root(app.fragment("view=header&product=1", "en-US").body());

        Element svg = root.selectFirst(".art svg");
        assertThat(svg.attr("role")).isEqualTo("img");
        assertThat(svg.attr("aria-label")).isEqualTo("Illustration of Stormline 3L Shell Jacket");
        Element button = root.selectFirst("button.add");
        assertThat(button.attr("type")).isEqualTo("button");
        assertThat(button.text()).isEqualTo("Add to cart");
        assertThat(root.selectFirst(".added").attr("aria-live")).isEqualTo("polite");
    }

    @Test
    void theHeaderPriceFollowsThePodiumLocale() {
        Element root = root(app.fragment("view=header&product=1", "de-DE").body());

        assertThat(root.selectFirst(".price").text().replace('\u00a0', ' ')).isEqualTo("229,00 €");
    }

    @Test
    void theHeaderSendsThePercentEncodedProductNameAsCollageTitle() {
        var response = app.fragment("view=header&product=40", "en-US");

        String title = response.headers().firstValue("collage-title").orElseThrow();
        assertThat(title).isEqualTo("Aurora%20Down%20Sleeping%20Bag%20-7%20%C2%B0C");
        assertThat(URLDecoder.decode(title, StandardCharsets.UTF_8)).isEqualTo("Aurora Down Sleeping Bag -7 °C");
    }

    @Test
    void theHeaderForAnUnknownProductIs404() {
        var response = app.fragment("view=header&product=999", "en-US");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.headers().firstValue("collage-title")).isEmpty();
        Element root = root(response.body());
        assertThat(root.tagName()).isEqualTo("product-header");
        assertThat(root.text()).isEqualTo("Product not found");
    }

    @Test
    void theHeaderForAMalformedProductIs404AndDoesNotEchoIt() {
        var response = app.fragment("view=header&product=" + encode(SCRIPT), "en-US");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.body()).doesNotContain("<script").doesNotContain("alert");
    }

    @Test
    void theHeaderWithoutAProductIs400() {
        var response = app.fragment("view=header", "en-US");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(root(response.body()).text()).isEqualTo("product is required with view=header");
    }

    @Test
    void theListLinksEachCardToItsProductPage() {
        Element root = root(app.fragment("view=list&product=1", "en-US").body());

        assertThat(root.tagName()).isEqualTo("product-recommendations");
        assertThat(root.selectFirst("h2").text()).isEqualTo("You may also like");
        assertThat(root.select(".card")).hasSize(4);
        assertThat(root.select(".card a"))
                .allSatisfy(a -> assertThat(a.attr("href")).matches("/products/[0-9]+"))
                .noneSatisfy(a -> assertThat(a.attr("href")).isEqualTo("/products/1"));
        assertThat(root.select(".card .price"))
                .allSatisfy(p -> assertThat(p.text()).startsWith("€"));
        assertThat(root.select(".card svg"))
                .allSatisfy(svg -> assertThat(svg.attr("aria-hidden")).isEqualTo("true"));
    }

    @Test
    void theListCarriesWhatItsScriptNeeds() {
        Element root = root(app.fragment("view=list&product=1&limit=6", "de-DE").body());

        assertThat(root.attr("data-api")).isEqualTo("/apps/recommendations/api");
        assertThat(root.attr("data-product")).isEqualTo("1");
        assertThat(root.attr("data-limit")).isEqualTo("6");
        assertThat(root.attr("data-locale")).isEqualTo("de-DE");
        assertThat(root.selectFirst(".note").attr("aria-live")).isEqualTo("polite");
        assertThat(root.select(".card")).hasSize(6);
    }

    @Test
    void theListWithoutAProductShowsTopPicks() {
        Element root = root(app.fragment("view=list", "en-US").body());

        assertThat(root.selectFirst("h2").text()).isEqualTo("Top picks");
        assertThat(root.attr("data-product")).isEmpty();
        assertThat(root.select(".card")).hasSize(4);
    }

    @Test
    void theListCanBeRenderedForKnownWeather() {
        Element root = root(
                app.fragment("view=list&product=1&weather=rain,cold", "en-US").body());

        assertThat(root.attr("data-weather")).isEqualTo("rain,cold");
        assertThat(root.selectFirst(".note").text()).isEqualTo("Picked for rain and cold");
    }

    @Test
    void theListForAnUnknownProductIs404() {
        var response = app.fragment("view=list&product=12345", "en-US");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(root(response.body()).tagName()).isEqualTo("product-recommendations");
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "13", "abc", "99999999999"})
    void theListWithABadLimitIs400NamingTheLimit(String limit) {
        var response = app.fragment("view=list&product=1&limit=" + limit, "en-US");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(root(response.body()).text()).startsWith("limit must be a whole number from 1 to 12");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "view=", "view=grid", "view=HEADER"})
    void aMissingOrUnknownViewIs400(String query) {
        var response = app.fragment(query, "en-US");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(root(response.body()).text()).isEqualTo("view must be header or list");
    }

    @Test
    void noParameterIsEverReflectedUnescaped() {
        String bad = encode(SCRIPT);
        for (String query : new String[] {
            "view=" + bad,
            "view=header&product=" + bad,
            "view=list&product=" + bad,
            "view=list&product=1&limit=" + bad,
            "view=list&product=1&weather=" + bad,
            "view=list&view=" + bad,
        }) {
            var response = app.fragment(query, SCRIPT);

            assertThat(response.statusCode()).as(query).isBetween(400, 404);
            assertThat(response.body()).as(query).doesNotContain("<script").doesNotContain("alert(");
        }
    }

    @Test
    void fragmentsMayBeCachedForAMinutePerLocale() {
        var response = app.fragment("view=list&product=1", "en-US");

        assertThat(response.headers().firstValue("cache-control")).hasValue("public, max-age=60");
        assertThat(response.headers().firstValue("vary")).hasValue("podium-locale");
    }

    @Test
    void theFallbackIsASmallStaticCard() {
        var response = app.get("/fallback");

        assertThat(response.statusCode()).isEqualTo(200);
        Element root = root(response.body());
        assertThat(root.tagName()).isEqualTo("product-recommendations");
        assertThat(root.text()).isEqualTo("Recommendations are unavailable right now.");
    }

    @Test
    void healthReportsTheNumberOfProducts() {
        var health = TestServer.json(app.get("/health"));

        assertThat(health.get("status").asText()).isEqualTo("UP");
        assertThat(health.get("details").get("products").asInt()).isGreaterThanOrEqualTo(60);
    }

    /** The fragment's one root element. */
    private static Element root(String html) {
        var body = Jsoup.parseBodyFragment(html).body();
        assertThat(body.children()).hasSize(1);
        return body.child(0);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
