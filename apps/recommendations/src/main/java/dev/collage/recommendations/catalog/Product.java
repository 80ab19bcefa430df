package dev.collage.recommendations.catalog;

import java.math.BigDecimal;
import java.util.List;

/**
 * One catalog entry, already validated by {@link CatalogReader}.
 *
 * @param id digits, unique in the catalog: the shop's product pages are {@code /products/<id>}
 * @param tags what the gear is good for ({@code waterproof}, {@code insulated}, ...), in the
 *     catalog's order, without duplicates
 * @param price in euros, at most two decimals
 * @param colour the product's colour, {@code #rrggbb}, used to paint its illustration
 */
public record Product(
        String id,
        String name,
        Category category,
        List<String> tags,
        BigDecimal price,
        String description,
        String colour) {

    public Product {
        tags = List.copyOf(tags);
    }

    public boolean hasTag(String tag) {
        return tags.contains(tag);
    }

    /** Where the shop shows this product: an absolute path on the shop, not an API. */
    public String pagePath() {
        return "/products/" + id;
    }
}
