package dev.collage.recommendations.similarity;

import dev.collage.recommendations.catalog.Product;

/** A product close to another one, with how close it is (0..1, see {@link Similarity}). */
public record Neighbour(Product product, double similarity) {}
