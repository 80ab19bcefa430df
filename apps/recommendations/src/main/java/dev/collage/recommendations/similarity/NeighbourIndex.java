package dev.collage.recommendations.similarity;

import dev.collage.recommendations.catalog.Catalog;
import dev.collage.recommendations.catalog.Product;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Every product's neighbours, most similar first, computed once at start: the catalog does not
 * change while the app runs, and a request then only reads a list. The whole catalog is kept
 * per product (not a top few), so a weather boost can lift a product from far down the list.
 */
public final class NeighbourIndex {

    private final Map<String, List<Neighbour>> byProductId;

    private NeighbourIndex(Map<String, List<Neighbour>> byProductId) {
        this.byProductId = byProductId;
    }

    public static NeighbourIndex build(Catalog catalog, Similarity similarity) {
        var byProductId = new HashMap<String, List<Neighbour>>();
        for (Product product : catalog.products()) {
            var neighbours = new ArrayList<Neighbour>(catalog.size() - 1);
            for (Product other : catalog.products()) {
                if (!other.id().equals(product.id())) {
                    neighbours.add(new Neighbour(other, similarity.between(product, other)));
                }
            }
            // Ties go to the product earlier in the catalog, so the order never depends on
            // hashing or on the JDK's sort.
            neighbours.sort(Comparator.comparingDouble(Neighbour::similarity)
                    .reversed()
                    .thenComparingInt(n -> catalog.position(n.product())));
            byProductId.put(product.id(), List.copyOf(neighbours));
        }
        return new NeighbourIndex(Map.copyOf(byProductId));
    }

    /** {@code product}'s neighbours, most similar first; never {@code product} itself. */
    public List<Neighbour> of(Product product) {
        List<Neighbour> neighbours = byProductId.get(product.id());
        if (neighbours == null) {
            throw new IllegalArgumentException("product " + product.id() + " is not in the indexed catalog");
        }
        return neighbours;
    }
}
