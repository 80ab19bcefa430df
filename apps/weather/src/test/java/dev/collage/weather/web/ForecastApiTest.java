package dev.collage.weather.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.collage.weather.testing.WeatherServer;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

class ForecastApiTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final WeatherServer SERVER = WeatherServer.embedded();

    @AfterAll
    static void stop() {
        SERVER.close();
    }

    private static JsonNode json(HttpResponse<String> response) throws Exception {
        assertThat(response.headers().firstValue("content-type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));
        return JSON.readTree(response.body());
    }

    @Test
    void forecastNamesTheCitySourceNowAndThreeDays() throws Exception {
        var response = SERVER.get("/api/forecast?city=sao-paulo&units=c");
        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode body = json(response);
        var fields = new ArrayList<String>();
        body.fieldNames().forEachRemaining(fields::add);
        assertThat(fields).containsExactly("city", "source", "units", "current", "today", "days", "conditions");
        assertThat(body.at("/city/name").asText()).isEqualTo("São Paulo");
        assertThat(body.at("/city/country").asText()).isEqualTo("BR");
        assertThat(body.at("/source/id").asText()).isEqualTo("embedded");
        assertThat(body.at("/source/label").asText()).isEqualTo("Collage climate model (offline)");
        assertThat(body.at("/units").asText()).isEqualTo("c");
        assertThat(body.at("/current/temperature").isNumber()).isTrue();
        assertThat(body.at("/current/condition/code").isInt()).isTrue();
        assertThat(body.at("/current/condition/text").asText()).isNotBlank();
        assertThat(body.at("/current/wind/unit").asText()).isEqualTo("km/h");
        assertThat(body.at("/days")).hasSize(3);
        assertThat(body.at("/days/0/date").asText()).isEqualTo("2025-01-16");
        assertThat(body.at("/days/0/weekday").asText()).isEqualTo("Thu");
        assertThat(body.at("/days/0/precipitationChance").isInt()).isTrue();
        assertThat(body.at("/conditions").isArray()).isTrue();
    }

    @Test
    void conditionsAreTagsFromTheAgreedSet() throws Exception {
        for (String city : new String[] {"oslo", "dubai", "bergen", "singapore", "quebec-city"}) {
            JsonNode tags = json(SERVER.get("/api/forecast?city=" + city)).at("/conditions");
            tags.forEach(t -> assertThat(t.asText()).isIn("rain", "snow", "cold", "hot", "wind", "sun"));
        }
    }

    @Test
    void fahrenheitConvertsTemperaturesAndWind() throws Exception {
        JsonNode c = json(SERVER.get("/api/forecast?city=oslo&units=c"));
        JsonNode f = json(SERVER.get("/api/forecast?city=oslo&units=f"));
        assertThat(f.at("/units").asText()).isEqualTo("f");
        assertThat(f.at("/current/temperature").asDouble())
                .isCloseTo(c.at("/current/temperature").asDouble() * 9 / 5 + 32, offset(0.2));
        assertThat(f.at("/current/temperatureC").asDouble())
                .isEqualTo(c.at("/current/temperatureC").asDouble());
        assertThat(f.at("/current/wind/unit").asText()).isEqualTo("mph");
        assertThat(f.at("/days/1/high").asDouble())
                .isGreaterThan(c.at("/days/1/high").asDouble());
    }

    @Test
    void unitsAreReadInAnyCase() {
        assertThat(SERVER.get("/api/forecast?city=oslo&units=F").statusCode()).isEqualTo(200);
    }

    @Test
    void withoutUnitsTheLocaleDecides() throws Exception {
        var us = SERVER.get("/api/forecast?city=oslo", Map.of("podium-locale", "en-US"));
        var norway = SERVER.get("/api/forecast?city=oslo", Map.of("podium-locale", "nb-NO"));
        assertThat(json(us).at("/units").asText()).isEqualTo("f");
        assertThat(json(norway).at("/units").asText()).isEqualTo("c");
    }

    @Test
    void withoutUnitsOrLocaleItIsCelsius() throws Exception {
        assertThat(json(SERVER.get("/api/forecast?city=oslo")).at("/units").asText())
                .isEqualTo("c");
    }

    @Test
    void unknownCityAnswers404WithTheName() throws Exception {
        var response = SERVER.get("/api/forecast?city=atlantis");
        assertThat(response.statusCode()).isEqualTo(404);
        JsonNode body = json(response);
        assertThat(body.at("/error").asText()).isEqualTo("not_found");
        assertThat(body.at("/field").asText()).isEqualTo("city");
        assertThat(body.at("/message").asText()).contains("'atlantis'");
    }

    @Test
    void missingCityAnswers400NamingTheField() throws Exception {
        var response = SERVER.get("/api/forecast");
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(json(response).at("/field").asText()).isEqualTo("city");
        assertThat(json(response).at("/message").asText()).contains("city is required");
    }

    @Test
    void emptyCityAnswers400() {
        assertThat(SERVER.get("/api/forecast?city=").statusCode()).isEqualTo(400);
    }

    @Test
    void scriptInCityAnswers400WithoutEchoingIt() throws Exception {
        var response = SERVER.get("/api/forecast?city=" + WeatherServer.encode("<script>alert(1)</script>"));
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).doesNotContain("<script>").doesNotContain("alert");
        assertThat(json(response).at("/message").asText()).contains("city must be a city id");
    }

    @Test
    void hugeCityAnswers400() {
        var response = SERVER.get("/api/forecast?city=" + "a".repeat(5000));
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("at most 64 characters").doesNotContain("aaaaaaaaaa");
    }

    @Test
    void badUnitsAnswer400NamingTheField() throws Exception {
        var response = SERVER.get("/api/forecast?city=oslo&units=kelvin");
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(json(response).at("/field").asText()).isEqualTo("units");
        assertThat(json(response).at("/message").asText()).isEqualTo("units must be 'c' or 'f'");
    }

    @Test
    void errorsAreNotCachedAndForecastsAreForFiveMinutes() {
        assertThat(SERVER.get("/api/forecast?city=atlantis").headers().firstValue("cache-control"))
                .hasValue("no-store");
        assertThat(SERVER.get("/api/forecast?city=oslo").headers().firstValue("cache-control"))
                .hasValue("public, max-age=300");
    }

    @Test
    void theServiceStaysUpAfterBadInput() {
        SERVER.get("/api/forecast?city=%00%ff");
        SERVER.get("/api/forecast?city=oslo&units=" + "x".repeat(3000));
        assertThat(SERVER.get("/api/forecast?city=oslo").statusCode()).isEqualTo(200);
    }
}
