package dev.collage.weather.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.collage.weather.testing.WeatherServer;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

class CitiesApiTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final WeatherServer SERVER = WeatherServer.embedded();

    @AfterAll
    static void stop() {
        SERVER.close();
    }

    private static JsonNode json(HttpResponse<String> response) throws Exception {
        return JSON.readTree(response.body());
    }

    private static List<String> names(String query) throws Exception {
        var response = SERVER.get("/api/cities?" + query);
        assertThat(response.statusCode()).isEqualTo(200);
        var names = new ArrayList<String>();
        json(response).at("/cities").forEach(c -> names.add(c.get("name").asText()));
        return names;
    }

    private static void assertRefused(String query, String field, String message) throws Exception {
        var response = SERVER.get("/api/cities?" + query);
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("content-type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));
        JsonNode body = json(response);
        assertThat(body.at("/error").asText()).isEqualTo("bad_request");
        assertThat(body.at("/field").asText()).isEqualTo(field);
        assertThat(body.at("/message").asText()).contains(message);
    }

    @Test
    void saoFindsSaoPauloWithItsAccents() throws Exception {
        assertThat(names("q=sao")).containsExactly("São Paulo");
    }

    @Test
    void zurFindsZurich() throws Exception {
        assertThat(names("q=zur")).containsExactly("Zürich");
    }

    @Test
    void anAccentedQueryWorksToo() throws Exception {
        assertThat(names("q=" + WeatherServer.encode("São"))).containsExactly("São Paulo");
    }

    @Test
    void eachMatchCarriesItsIdAndCountry() throws Exception {
        JsonNode city = json(SERVER.get("/api/cities?q=oslo")).at("/cities/0");
        assertThat(city.get("id").asText()).isEqualTo("oslo");
        assertThat(city.get("country").asText()).isEqualTo("NO");
        assertThat(city.get("countryName").asText()).isEqualTo("Norway");
    }

    @Test
    void noMatchIsAnEmptyList() throws Exception {
        assertThat(names("q=xyz")).isEmpty();
    }

    @Test
    void atMostEightByDefault() throws Exception {
        assertThat(names("q=s")).hasSize(8);
    }

    @Test
    void limitBoundsTheList() throws Exception {
        assertThat(names("q=s&limit=2")).hasSize(2);
        assertThat(names("q=s&limit=20")).hasSizeGreaterThan(8).hasSizeLessThanOrEqualTo(20);
    }

    @Test
    void missingQueryIsRefused() throws Exception {
        assertRefused("", "q", "q is required");
    }

    @Test
    void emptyQueryIsRefused() throws Exception {
        assertRefused("q=%20%20", "q", "q is required");
    }

    @Test
    void overlongQueryIsRefused() throws Exception {
        assertRefused("q=" + "a".repeat(41), "q", "at most 40 characters");
    }

    @Test
    void scriptInQueryIsRefusedWithoutEchoingIt() throws Exception {
        var response = SERVER.get("/api/cities?q=" + WeatherServer.encode("<script>alert(1)</script>"));
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).doesNotContain("<script>").doesNotContain("alert");
        assertRefused("q=" + WeatherServer.encode("<script>"), "q", "only letters");
    }

    @Test
    void limitOutsideOneToTwentyIsRefused() throws Exception {
        assertRefused("q=s&limit=0", "limit", "from 1 to 20");
        assertRefused("q=s&limit=21", "limit", "from 1 to 20");
        assertRefused("q=s&limit=-3", "limit", "from 1 to 20");
    }

    @Test
    void hugeOrNonNumericLimitIsRefused() throws Exception {
        assertRefused("q=s&limit=99999999999999999999", "limit", "whole number");
        assertRefused("q=s&limit=ten", "limit", "whole number");
        assertRefused("q=s&limit=2.5", "limit", "whole number");
    }
}
