package dev.collage.recommendations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.collage.recommendations.catalog.InvalidCatalogException;
import dev.collage.recommendations.testing.TestServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RecommendationsConfigTest {

    private static final String TWO_PRODUCTS = """
            {"products": [
              {"id": "1", "name": "Only Jacket", "category": "jackets", "tags": ["waterproof"],
               "price": 10.00, "description": "A jacket.", "colour": "#336699"},
              {"id": "2", "name": "Only Tent", "category": "tents", "tags": ["waterproof"],
               "price": 20.00, "description": "A tent.", "colour": "#993366"}
            ]}
            """;

    @Test
    void withoutACatalogVariableTheBundledCatalogIsUsed() {
        assertThat(RecommendationsConfig.fromEnvironment(Map.of()).catalogFile())
                .isEmpty();
        assertThat(RecommendationsConfig.fromEnvironment(Map.of("RECOMMENDATIONS_CATALOG", " "))
                        .catalogFile())
                .isEmpty();
    }

    @Test
    void theCatalogVariableNamesAFile() {
        assertThat(RecommendationsConfig.fromEnvironment(Map.of("RECOMMENDATIONS_CATALOG", "/data/catalog.json"))
                        .catalogFile())
                .contains(Path.of("/data/catalog.json"));
    }

    @Test
    void anAlternativeCatalogIsServed(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("catalog.json"), TWO_PRODUCTS);

        try (var app = TestServer.start(new RecommendationsConfig(Optional.of(file)))) {
            var body = TestServer.json(app.get("/api/recommendations?product=1"));

            assertThat(body.get("items")).hasSize(1);
            assertThat(body.get("items").get(0).get("name").asText()).isEqualTo("Only Tent");
        }
    }

    @Test
    void aBrokenCatalogStopsTheAppAtStartNamingTheEntryAndField(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("catalog.json"), TWO_PRODUCTS.replace("\"tents\"", "\"boats\""));

        assertThatThrownBy(() -> RecommendationsApp.assemble(new RecommendationsConfig(Optional.of(file))))
                .isInstanceOf(InvalidCatalogException.class)
                .hasMessageContaining(file.toString())
                .hasMessageContaining("products[1] (id \"2\").category must be one of");
    }
}
