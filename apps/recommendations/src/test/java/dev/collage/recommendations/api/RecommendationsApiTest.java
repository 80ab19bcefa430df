package dev.collage.recommendations.api;

import static dev.collage.recommendations.testing.TestServer.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.collage.recommendations.testing.TestServer;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RecommendationsApiTest {

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
    void answersFourSimilarProductsByDefault() {
        var response = app.get("/api/recommendations?product=1");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("content-type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));
        JsonNode body = json(response);
        assertThat(body.get("product").asText()).isEqualTo("1");
        assertThat(body.get("weather")).isEmpty();
        assertThat(ids(body)).hasSize(4).doesNotContain("1");
    }

    @Test
    void eachItemCarriesWhatACardShows() {
        JsonNode item = json(app.get("/api/recommendations?product=1&limit=1"))
                .get("items")
                .get(0);

        assertThat(item.get("id").asText()).matches("[0-9]+");
        assertThat(item.get("name").asText()).isNotBlank();
        assertThat(item.get("price").decimalValue()).isPositive();
        assertThat(item.get("priceText").asText()).startsWith("€");
        assertThat(item.get("category").asText()).isEqualTo("jackets");
        assertThat(item.get("url").asText())
                .isEqualTo("/products/" + item.get("id").asText());
        JsonNode art = item.get("illustration");
        assertThat(art.get("width").asInt()).isEqualTo(120);
        assertThat(art.get("background").asText()).matches("#[0-9a-f]{6}");
        assertThat(art.get("shapes")).isNotEmpty();
        assertThat(art.get("shapes").get(0).get("d").asText()).startsWith("M");
    }

    @Test
    void theLimitSetsHowManyItemsComeBack() {
        assertThat(ids(json(app.get("/api/recommendations?product=5&limit=12"))))
                .hasSize(12);
        assertThat(ids(json(app.get("/api/recommendations?product=5&limit=1")))).hasSize(1);
    }

    @Test
    void rainChangesTheOrderAndIsEchoedAsApplied() {
        var dry = json(app.get("/api/recommendations?product=1&limit=4"));
        var wet = json(app.get("/api/recommendations?product=1&limit=4&weather=rain"));

        assertThat(ids(wet)).isNotEqualTo(ids(dry)).contains("2");
        assertThat(wet.get("weather").get(0).asText()).isEqualTo("rain");
    }

    @Test
    void conditionsAreListedInAFixedOrderWithoutRepeats() {
        var body = json(app.get("/api/recommendations?product=1&weather=wind,rain,cold,rain"));

        assertThat(body.get("weather").toString()).isEqualTo("[\"rain\",\"cold\",\"wind\"]");
    }

    @Test
    void withoutAProductItAnswersTopPicks() {
        var body = json(app.get("/api/recommendations?weather=snow"));

        assertThat(body.get("product").isNull()).isTrue();
        assertThat(ids(body)).hasSize(4);
    }

    @Test
    void pricesFollowTheLocaleParameter() {
        var item = json(app.get("/api/recommendations?product=1&limit=1&locale=de-DE"))
                .get("items")
                .get(0);

        assertThat(item.get("priceText").asText()).endsWith("€").contains(",");
    }

    @Test
    void anUnknownProductAnswers404NamingIt() {
        var response = app.get("/api/recommendations?product=999");

        assertThat(response.statusCode()).isEqualTo(404);
        JsonNode body = json(response);
        assertThat(body.get("error").asText()).isEqualTo("not_found");
        assertThat(body.get("message").asText()).isEqualTo("no product with id 999");
        assertThat(body.get("problems").get(0).get("field").asText()).isEqualTo("product");
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "13", "-4", "abc", "4.5", "99999999999", "", "%20"})
    void aBadLimitAnswers400NamingTheLimit(String limit) {
        var response = app.get("/api/recommendations?product=1&limit=" + limit);

        assertThat(response.statusCode()).isEqualTo(400);
        JsonNode body = json(response);
        assertThat(body.get("error").asText()).isEqualTo("bad_request");
        assertThat(body.get("problems").get(0).get("field").asText()).isEqualTo("limit");
        assertThat(body.get("message").asText()).contains("limit must be a whole number from 1 to 12");
    }

    @ParameterizedTest
    @ValueSource(strings = {"abc", "1.5", "-1", "1234567890123"})
    void aMalformedProductAnswers400NamingTheProduct(String product) {
        var response = app.get("/api/recommendations?product=" + product);

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(json(response).get("message").asText()).startsWith("product must be a product id");
    }

    @ParameterizedTest
    @ValueSource(strings = {"hail", "rain;snow", "rain,,cold", "RAIN_SNOW"})
    void anUnknownWeatherAnswers400NamingTheWeather(String weather) {
        var response = app.get("/api/recommendations?product=1&weather=" + encode(weather));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(json(response).get("message").asText())
                .startsWith("weather must be a comma list of rain, snow, cold, hot, wind, sun");
    }

    @Test
    void aParameterGivenTwiceAnswers400() {
        var response = app.get("/api/recommendations?product=1&limit=2&limit=3");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(json(response).get("message").asText()).isEqualTo("limit must be given once, was given 2 times");
    }

    @Test
    void everyBadParameterIsNamedInOneAnswer() {
        var response = app.get("/api/recommendations?product=x&limit=0&weather=fog&locale=" + encode("<x>"));

        assertThat(response.statusCode()).isEqualTo(400);
        var fields = new ArrayList<String>();
        json(response).get("problems").forEach(p -> fields.add(p.get("field").asText()));
        assertThat(fields).containsExactly("product", "limit", "weather", "locale");
    }

    @Test
    void scriptTagsAreRefusedAndNeverEchoed() {
        String script = encode("<script>alert(1)</script>");
        var response = app.get("/api/recommendations?product=" + script + "&limit=" + script + "&weather=" + script);

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).doesNotContain("<script").doesNotContain("alert");
        assertThat(response.headers().firstValue("x-content-type-options")).hasValue("nosniff");
    }

    @Test
    void aHugeQueryValueIsRefusedAndTheServiceStaysUp() {
        var response = app.get("/api/recommendations?product=1&weather=" + "rain,".repeat(1000) + "rain");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(app.get("/api/recommendations?product=1").statusCode()).isEqualTo(200);
    }

    @Test
    void answersMayBeCachedForAMinuteButErrorsNot() {
        assertThat(app.get("/api/recommendations?product=1").headers().firstValue("cache-control"))
                .hasValue("public, max-age=60");
        assertThat(app.get("/api/recommendations?limit=0").headers().firstValue("cache-control"))
                .hasValue("no-store");
    }

    @Test
    void oneProductIsServedWithItsDetails() {
        var response = app.get("/api/products/1");

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode product = json(response);
        assertThat(product.get("id").asText()).isEqualTo("1");
        assertThat(product.get("name").asText()).isEqualTo("Stormline 3L Shell Jacket");
        assertThat(product.get("category").asText()).isEqualTo("jackets");
        assertThat(product.get("tags").toString()).contains("waterproof");
        assertThat(product.get("price").decimalValue()).isEqualByComparingTo("229.00");
        assertThat(product.get("priceText").asText()).isEqualTo("€229.00");
        assertThat(product.get("url").asText()).isEqualTo("/products/1");
    }

    @Test
    void anUnknownProductIdAnswers404() {
        var response = app.get("/api/products/999");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(json(response).get("message").asText()).isEqualTo("no product with id 999");
    }

    @Test
    void aMalformedProductIdAnswers400WithoutEchoingIt() {
        HttpResponse<String> response = app.get("/api/products/" + encode("<img src=x>"));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(json(response).get("problems").get(0).get("field").asText()).isEqualTo("id");
        assertThat(response.body()).doesNotContain("<img");
    }

    @Test
    void aBadLocaleForAProductAnswers400() {
        var response = app.get("/api/products/1?locale=" + encode("en US"));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(json(response).get("problems").get(0).get("field").asText()).isEqualTo("locale");
    }

    private static List<String> ids(JsonNode body) {
        var ids = new ArrayList<String>();
        body.get("items").forEach(item -> ids.add(item.get("id").asText()));
        return ids;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
