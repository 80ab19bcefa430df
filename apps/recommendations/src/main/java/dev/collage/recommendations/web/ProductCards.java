package dev.collage.recommendations.web;

import dev.collage.recommendations.catalog.Product;
import dev.collage.recommendations.illustration.Illustrator;
import java.util.Locale;

/** Turns catalog products into {@link ProductCard}s for one locale. */
public final class ProductCards {

    private final Illustrator illustrator;
    private final PriceFormat prices;

    public ProductCards(Illustrator illustrator, PriceFormat prices) {
        this.illustrator = illustrator;
        this.prices = prices;
    }

    public ProductCard of(Product product, Locale locale) {
        return new ProductCard(
                product.id(),
                product.name(),
                product.price(),
                prices.format(product.price(), locale),
                product.category().key(),
                product.category().label(),
                product.pagePath(),
                illustrator.of(product));
    }
}
