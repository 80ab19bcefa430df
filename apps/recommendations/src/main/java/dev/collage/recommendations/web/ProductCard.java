package dev.collage.recommendations.web;

import dev.collage.recommendations.illustration.Illustration;
import java.math.BigDecimal;

/**
 * A product as a list shows it, in the fragment and in the API's items alike.
 *
 * @param price in euros, for scripts that sort or compare
 * @param priceText {@code price} written for the visitor's locale
 * @param category the category's key, {@code jackets}
 * @param url the product's page on the shop, {@code /products/7}
 */
public record ProductCard(
        String id,
        String name,
        BigDecimal price,
        String priceText,
        String category,
        String categoryLabel,
        String url,
        Illustration illustration) {}
