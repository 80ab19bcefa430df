package dev.collage.weather.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.collage.weather.testing.WeatherServer;
import org.junit.jupiter.api.Test;

class HealthTest {

    @Test
    void healthIsUpAndNamesTheProviderAndCityCount() throws Exception {
        try (var server = WeatherServer.embedded()) {
            var response = server.get("/health");
            assertThat(response.statusCode()).isEqualTo(200);
            var body = new ObjectMapper().readTree(response.body());
            assertThat(body.at("/status").asText()).isEqualTo("UP");
            assertThat(body.at("/details/provider").asText()).isEqualTo("embedded");
            assertThat(body.at("/details/cities").asInt()).isGreaterThanOrEqualTo(50);
        }
    }
}
