package dev.collage.recommendations.catalog;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The products the shop sells, in the catalog file's order, which is also the tie-breaking order. */
public final class Catalog {

    private final List<Product> products;
    private final Map<String, Product> byId = new LinkedHashMap<>();
    private final Map<String, Integer> positionById = new LinkedHashMap<>();

    /** {@code products} must have unique ids; {@link CatalogReader} guarantees it. */
    public Catalog(List<Product> products) {
        this.products = List.copyOf(products);
        for (Product product : this.products) {
            if (byId.putIfAbsent(product.id(), product) != null) {
                throw new IllegalArgumentException("two products with id " + product.id());
            }
            positionById.put(product.id(), positionById.size());
        }
    }

    public List<Product> products() {
        return products;
    }

    public Optional<Product> find(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    public int size() {
        return products.size();
    }

    /** Where {@code product} stands in the file; a stable tie-breaker for every ranking. */
    public int position(Product product) {
        Integer position = positionById.get(product.id());
        if (position == null) {
            throw new IllegalArgumentException("product " + product.id() + " is not in this catalog");
        }
        return position;
    }
}
