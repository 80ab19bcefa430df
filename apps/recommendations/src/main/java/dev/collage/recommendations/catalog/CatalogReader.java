package dev.collage.recommendations.catalog;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads a catalog file and checks every entry. The file is data that people edit by hand, so
 * the reader is strict (unknown fields, wrong types and duplicates are refused, not guessed
 * at) and names every problem at once with the entry's index, id and field.
 *
 * <pre>{@code
 * {"products": [{"id": "1", "name": "...", "category": "jackets", "tags": ["waterproof"],
 *                "price": 229.00, "description": "...", "colour": "#2f6b8f"}]}
 * }</pre>
 */
public final class CatalogReader {

    /** The catalog that ships inside the jar. */
    public static final String BUNDLED = "catalog/products.json";

    private static final Pattern ID = Pattern.compile("[1-9][0-9]{0,8}");
    private static final Pattern TAG = Pattern.compile("[a-z][a-z0-9-]{0,30}[a-z0-9]");
    private static final Pattern COLOUR = Pattern.compile("#[0-9a-fA-F]{6}");
    private static final Set<String> FIELDS =
            Set.of("id", "name", "category", "tags", "price", "description", "colour");
    private static final int MAX_NAME = 80;
    private static final int MAX_DESCRIPTION = 200;
    private static final int MAX_TAGS = 8;
    // A sanity bound, not a business rule: a price above it is almost surely a typo (cents
    // written as euros), and it keeps the price band arithmetic far from overflow.
    private static final BigDecimal MAX_PRICE = new BigDecimal("100000");

    private final ObjectMapper json = new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

    public Catalog bundled() {
        try (InputStream in = CatalogReader.class.getClassLoader().getResourceAsStream(BUNDLED)) {
            if (in == null) {
                throw new IllegalStateException(BUNDLED + " is not on the class path");
            }
            return read(in.readAllBytes(), "classpath:" + BUNDLED);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + BUNDLED, e);
        }
    }

    public Catalog file(Path path) {
        try {
            return read(Files.readAllBytes(path), path.toString());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read catalog " + path, e);
        }
    }

    /** Parses and checks {@code bytes}; {@code source} names the file in error messages. */
    public Catalog read(byte[] bytes, String source) {
        JsonNode root;
        try {
            root = json.readTree(bytes);
        } catch (JsonProcessingException e) {
            throw new InvalidCatalogException(
                    source, List.of(new CatalogProblem(-1, null, "file", "is not JSON: " + e.getOriginalMessage())));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read catalog " + source, e);
        }
        JsonNode entries = root == null ? null : root.get("products");
        if (entries == null || !entries.isArray() || entries.isEmpty()) {
            throw new InvalidCatalogException(
                    source, List.of(new CatalogProblem(-1, null, "products", "must be a non-empty array of products")));
        }
        var problems = new ArrayList<CatalogProblem>();
        var products = new ArrayList<Product>();
        Map<String, Integer> firstIndexOfId = new HashMap<>();
        for (int i = 0; i < entries.size(); i++) {
            var entry = new Entry(i, entries.get(i), problems);
            Product product = entry.product();
            if (product == null) {
                continue;
            }
            Integer earlier = firstIndexOfId.putIfAbsent(product.id(), i);
            if (earlier != null) {
                problems.add(new CatalogProblem(
                        i, product.id(), "id", "is not unique: products[" + earlier + "] has it too"));
            } else {
                products.add(product);
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidCatalogException(source, problems);
        }
        return new Catalog(products);
    }

    /** One entry being checked; every problem found is added to the shared list. */
    private static final class Entry {
        private final int index;
        private final JsonNode node;
        private final List<CatalogProblem> problems;
        private final String id;
        private final int problemsBefore;

        Entry(int index, JsonNode node, List<CatalogProblem> problems) {
            this.index = index;
            this.node = node;
            this.problems = problems;
            this.problemsBefore = problems.size();
            JsonNode idNode = node.get("id");
            this.id = idNode != null && idNode.isTextual() ? idNode.asText() : null;
        }

        /** The product, or {@code null} when the entry has a problem (already recorded). */
        Product product() {
            if (!node.isObject()) {
                problem("entry", "must be an object with " + String.join(", ", FIELDS));
                return null;
            }
            for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
                String name = names.next();
                if (!FIELDS.contains(name)) {
                    problem(name, "is not a known field; known: id, name, category, tags, price, description, colour");
                }
            }
            String checkedId = id();
            String name = text("name", MAX_NAME);
            Category category = category();
            List<String> tags = tags();
            BigDecimal price = price();
            String description = text("description", MAX_DESCRIPTION);
            String colour = colour();
            if (problems.size() > problemsBefore) {
                return null;
            }
            return new Product(
                    checkedId, name, category, tags, price, description, colour.toLowerCase(java.util.Locale.ROOT));
        }

        private String id() {
            JsonNode value = node.get("id");
            if (value == null || !value.isTextual()) {
                problem("id", "must be a string of digits, e.g. \"12\"" + found(value));
                return null;
            }
            if (!ID.matcher(value.asText()).matches()) {
                problem("id", "must be 1 to 9 digits without a leading zero, was \"" + value.asText() + "\"");
                return null;
            }
            return value.asText();
        }

        private String text(String field, int maxLength) {
            JsonNode value = node.get(field);
            if (value == null || !value.isTextual() || value.asText().isBlank()) {
                problem(field, "must be a non-empty string" + found(value));
                return null;
            }
            String text = value.asText().strip();
            if (text.length() > maxLength) {
                problem(field, "must be at most " + maxLength + " characters, has " + text.length());
                return null;
            }
            return text;
        }

        private Category category() {
            JsonNode value = node.get("category");
            if (value == null || !value.isTextual()) {
                problem("category", "must be one of " + Category.knownKeys() + found(value));
                return null;
            }
            var category = Category.byKey(value.asText());
            if (category.isEmpty()) {
                problem("category", "must be one of " + Category.knownKeys() + ", was \"" + value.asText() + "\"");
                return null;
            }
            return category.get();
        }

        private List<String> tags() {
            JsonNode value = node.get("tags");
            if (value == null || !value.isArray() || value.isEmpty() || value.size() > MAX_TAGS) {
                problem("tags", "must be an array of 1 to " + MAX_TAGS + " tags" + found(value));
                return null;
            }
            var tags = new LinkedHashSet<String>();
            for (int t = 0; t < value.size(); t++) {
                JsonNode tag = value.get(t);
                if (!tag.isTextual() || !TAG.matcher(tag.asText()).matches()) {
                    problem(
                            "tags[" + t + "]",
                            "must be a lower-case word with dashes, like \"sun-protection\"" + found(tag));
                } else if (!tags.add(tag.asText())) {
                    problem("tags[" + t + "]", "repeats \"" + tag.asText() + "\"");
                }
            }
            return List.copyOf(tags);
        }

        private BigDecimal price() {
            JsonNode value = node.get("price");
            if (value == null || !value.isNumber()) {
                problem("price", "must be a number of euros, e.g. 129.00" + found(value));
                return null;
            }
            BigDecimal price = value.decimalValue();
            if (price.signum() <= 0) {
                problem("price", "must be greater than 0, was " + price.toPlainString());
                return null;
            }
            if (price.compareTo(MAX_PRICE) >= 0) {
                problem("price", "must be less than " + MAX_PRICE.toPlainString() + ", was " + price.toPlainString());
                return null;
            }
            if (price.stripTrailingZeros().scale() > 2) {
                problem("price", "must have at most 2 decimals, was " + price.toPlainString());
                return null;
            }
            return price.setScale(2);
        }

        private String colour() {
            JsonNode value = node.get("colour");
            if (value == null
                    || !value.isTextual()
                    || !COLOUR.matcher(value.asText()).matches()) {
                problem("colour", "must be a hex colour like \"#2f6b8f\"" + found(value));
                return null;
            }
            return value.asText();
        }

        private void problem(String field, String message) {
            problems.add(new CatalogProblem(index, id, field, message));
        }

        private static String found(JsonNode value) {
            if (value == null || value.isMissingNode()) {
                return ", but it is missing";
            }
            String shown = value.toString();
            return ", was " + (shown.length() > 40 ? shown.substring(0, 40) + "..." : shown);
        }
    }
}
