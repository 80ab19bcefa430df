package dev.collage.recommendations.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.groups.Tuple.tuple;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashSet;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CatalogReaderTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final CatalogReader reader = new CatalogReader();

    @Test
    void theBundledCatalogHasAtLeastSixtyValidProducts() {
        Catalog catalog = reader.bundled();

        assertThat(catalog.size()).isGreaterThanOrEqualTo(60);
        assertThat(catalog.products()).extracting(Product::id).doesNotHaveDuplicates();
        assertThat(catalog.products()).allSatisfy(p -> assertThat(p.price()).isPositive());
    }

    @Test
    void theBundledCatalogUsesEveryCategory() {
        var used = new HashSet<Category>();
        reader.bundled().products().forEach(p -> used.add(p.category()));

        assertThat(used).containsExactlyInAnyOrder(Category.values());
    }

    @Test
    void theBundledCatalogNumbersItsProductsFromOne() {
        Catalog catalog = reader.bundled();

        for (int id = 1; id <= catalog.size(); id++) {
            assertThat(catalog.find(Integer.toString(id))).as("product %d", id).isPresent();
        }
    }

    @Test
    void aValidEntryIsReadWithEveryField() {
        Catalog catalog = read(catalogOf(entry("7")));

        Product product = catalog.find("7").orElseThrow();
        assertThat(product.name()).isEqualTo("Test Jacket 7");
        assertThat(product.category()).isEqualTo(Category.JACKETS);
        assertThat(product.tags()).containsExactly("waterproof", "breathable");
        assertThat(product.price()).isEqualByComparingTo(new BigDecimal("129.5"));
        assertThat(product.price().scale()).isEqualTo(2);
        assertThat(product.colour()).isEqualTo("#2f6b8f");
        assertThat(product.pagePath()).isEqualTo("/products/7");
    }

    @Test
    void aDuplicateIdNamesBothEntries() {
        assertThatThrownBy(() -> read(catalogOf(entry("1"), entry("2"), entry("1"))))
                .isInstanceOf(InvalidCatalogException.class)
                .hasMessageContaining("products[2] (id \"1\").id is not unique: products[0] has it too");
    }

    @Test
    void anUnknownCategoryIsNamedWithTheKnownOnes() {
        assertThatThrownBy(() -> read(catalogOf(entry("1"), entry("2", e -> e.put("category", "boats")))))
                .hasMessageContaining("products[1] (id \"2\").category must be one of jackets, layers")
                .hasMessageContaining("was \"boats\"");
    }

    @Test
    void aZeroPriceIsRefused() {
        assertThatThrownBy(() -> read(catalogOf(entry("3", e -> e.put("price", 0)))))
                .hasMessageContaining("products[0] (id \"3\").price must be greater than 0, was 0");
    }

    @Test
    void aNegativePriceIsRefused() {
        assertThatThrownBy(() -> read(catalogOf(entry("3", e -> e.put("price", -12.5)))))
                .hasMessageContaining("(id \"3\").price must be greater than 0, was -12.5");
    }

    @Test
    void aPriceWrittenAsTextIsRefused() {
        assertThatThrownBy(() -> read(catalogOf(entry("3", e -> e.put("price", "12.50")))))
                .hasMessageContaining("(id \"3\").price must be a number of euros");
    }

    @Test
    void aPriceWithFractionsOfACentIsRefused() {
        assertThatThrownBy(() -> read(catalogOf(entry("3", e -> e.put("price", new BigDecimal("9.999"))))))
                .hasMessageContaining("(id \"3\").price must have at most 2 decimals, was 9.999");
    }

    @Test
    void aMissingNameIsRefused() {
        assertThatThrownBy(() -> read(catalogOf(entry("4", e -> e.remove("name")))))
                .hasMessageContaining("products[0] (id \"4\").name must be a non-empty string, but it is missing");
    }

    @Test
    void aBlankNameIsRefused() {
        assertThatThrownBy(() -> read(catalogOf(entry("4", e -> e.put("name", "   ")))))
                .hasMessageContaining("(id \"4\").name must be a non-empty string");
    }

    @Test
    void aNumericIdIsRefusedAndTheEntryIsNamedByIndex() {
        assertThatThrownBy(() -> read(catalogOf(entry("1"), entry("2", e -> e.put("id", 2)))))
                .hasMessageContaining("products[1].id must be a string of digits, e.g. \"12\", was 2");
    }

    @Test
    void anIdThatIsNotDigitsIsRefused() {
        assertThatThrownBy(() -> read(catalogOf(entry("1", e -> e.put("id", "x-1")))))
                .hasMessageContaining("(id \"x-1\").id must be 1 to 9 digits without a leading zero");
    }

    @Test
    void aMisspelledFieldIsRefusedRatherThanIgnored() {
        assertThatThrownBy(() -> read(catalogOf(entry("5", e -> e.put("catgory", "jackets")))))
                .hasMessageContaining("(id \"5\").catgory is not a known field");
    }

    @Test
    void aTagThatIsNotAWordIsRefusedByPosition() {
        assertThatThrownBy(() -> read(catalogOf(entry("6", e -> ((ArrayNode) e.get("tags")).add("Water Proof")))))
                .hasMessageContaining("(id \"6\").tags[2] must be a lower-case word with dashes");
    }

    @Test
    void aRepeatedTagIsRefused() {
        assertThatThrownBy(() -> read(catalogOf(entry("6", e -> ((ArrayNode) e.get("tags")).add("waterproof")))))
                .hasMessageContaining("(id \"6\").tags[2] repeats \"waterproof\"");
    }

    @Test
    void aProductWithoutTagsIsRefused() {
        assertThatThrownBy(() -> read(catalogOf(entry("6", e -> e.putArray("tags")))))
                .hasMessageContaining("(id \"6\").tags must be an array of 1 to 8 tags");
    }

    @Test
    void aColourThatIsNotHexIsRefused() {
        assertThatThrownBy(() -> read(catalogOf(entry("8", e -> e.put("colour", "blue")))))
                .hasMessageContaining("(id \"8\").colour must be a hex colour");
    }

    @Test
    void anEntryThatIsNotAnObjectIsRefused() {
        ObjectNode root = catalogOf(entry("1"));
        ((ArrayNode) root.get("products")).add("just a string");

        assertThatThrownBy(() -> read(root)).hasMessageContaining("products[1].entry must be an object");
    }

    @Test
    void everyProblemIsReportedAtOnce() {
        var thrown = catchThrowableOfType(
                InvalidCatalogException.class,
                () -> read(catalogOf(
                        entry("1", e -> e.put("price", -1)), entry("2"), entry("3", e -> e.put("category", "boats")))));

        assertThat(thrown.problems())
                .extracting(CatalogProblem::index, CatalogProblem::field)
                .containsExactly(tuple(0, "price"), tuple(2, "category"));
    }

    @Test
    void anEmptyCatalogIsRefused() {
        assertThatThrownBy(() -> reader.read("{\"products\": []}".getBytes(StandardCharsets.UTF_8), "test.json"))
                .hasMessageContaining("catalog test.json is invalid")
                .hasMessageContaining("products must be a non-empty array");
    }

    @Test
    void aFileThatIsNotJsonIsRefusedWithItsName() {
        assertThatThrownBy(() -> reader.read("{\"products\": [".getBytes(StandardCharsets.UTF_8), "broken.json"))
                .hasMessageContaining("catalog broken.json is invalid")
                .hasMessageContaining("file is not JSON");
    }

    @Test
    void aCatalogFileIsNamedByItsPath(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("catalog.json");
        Files.writeString(file, JSON.writeValueAsString(catalogOf(entry("9", e -> e.put("price", 0)))));

        assertThatThrownBy(() -> reader.file(file)).hasMessageContaining("catalog " + file + " is invalid");
    }

    /** A catalog file's root with these entries. */
    static ObjectNode catalogOf(ObjectNode... entries) {
        ObjectNode root = JSON.createObjectNode();
        root.putArray("products").addAll(Arrays.asList(entries));
        return root;
    }

    /** A valid entry, changed by {@code change}. */
    @SafeVarargs
    static ObjectNode entry(String id, Consumer<ObjectNode>... changes) {
        ObjectNode entry = JSON.createObjectNode()
                .put("id", id)
                .put("name", "Test Jacket " + id)
                .put("category", "jackets")
                .put("price", new BigDecimal("129.50"))
                .put("description", "A jacket for tests.")
                .put("colour", "#2F6B8F");
        entry.putArray("tags").add("waterproof").add("breathable");
        for (Consumer<ObjectNode> change : changes) {
            change.accept(entry);
        }
        return entry;
    }

    private Catalog read(ObjectNode root) {
        try {
            return reader.read(JSON.writeValueAsBytes(root), "test.json");
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
