package dev.collage.recommendations.illustration;

import dev.collage.recommendations.catalog.Product;

/** Paints a product's category pictogram in the product's colours. */
public final class Illustrator {

    public Illustration of(Product product) {
        var palette = Palette.of(product.colour());
        var shapes = Pictogram.of(product.category()).stream()
                .map(part -> new Shape(part.d(), palette.colourOf(part.role()), part.evenOdd()))
                .toList();
        return new Illustration(
                "Illustration of " + product.name(), Pictogram.WIDTH, Pictogram.HEIGHT, palette.tile(), shapes);
    }
}
