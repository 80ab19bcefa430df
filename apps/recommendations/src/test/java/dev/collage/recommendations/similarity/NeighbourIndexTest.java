package dev.collage.recommendations.similarity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import dev.collage.recommendations.catalog.Catalog;
import dev.collage.recommendations.catalog.CatalogReader;
import dev.collage.recommendations.catalog.Category;
import dev.collage.recommendations.catalog.Product;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class NeighbourIndexTest {

    private final Catalog catalog = new CatalogReader().bundled();
    private final NeighbourIndex index = NeighbourIndex.build(catalog, new Similarity());

    @Test
    void aWaterproofJacketsNeighboursPutEveryJacketBeforeAnyTent() {
        Product shell = catalog.find("1").orElseThrow();
        assertThat(shell.category()).isEqualTo(Category.JACKETS);
        assertThat(shell.tags()).contains("waterproof");

        List<Category> order =
                index.of(shell).stream().map(n -> n.product().category()).toList();

        assertThat(order.lastIndexOf(Category.JACKETS)).isLessThan(order.indexOf(Category.TENTS));
    }

    @Test
    void aWaterproofJacketsClosestNeighboursAreJacketsOrWaterproofGear() {
        Product shell = catalog.find("1").orElseThrow();

        assertThat(index.of(shell).subList(0, 6))
                .allSatisfy(n -> assertThat(n.product().category() == Category.JACKETS
                                || n.product().hasTag("waterproof"))
                        .as("%s is a jacket or waterproof", n.product().name())
                        .isTrue());
    }

    @Test
    void aProductIsNeverItsOwnNeighbour() {
        for (Product product : catalog.products()) {
            assertThat(index.of(product)).extracting(n -> n.product().id()).doesNotContain(product.id());
        }
    }

    @Test
    void everyOtherProductIsANeighbourMostSimilarFirst() {
        Product product = catalog.find("18").orElseThrow();

        List<Neighbour> neighbours = index.of(product);

        assertThat(neighbours).hasSize(catalog.size() - 1);
        assertThat(neighbours).extracting(Neighbour::similarity).isSortedAccordingTo((a, b) -> Double.compare(b, a));
    }

    @Test
    void equallySimilarProductsKeepTheCatalogsOrder() {
        var basis = product("1", "jackets", "10.00", "waterproof");
        var twinLater = product("2", "packs", "10.00", "insulated");
        var twinEarlier = product("3", "packs", "10.00", "insulated");
        var tiny = new Catalog(List.of(basis, twinLater, twinEarlier));

        var order = NeighbourIndex.build(tiny, new Similarity()).of(basis).stream()
                .map(n -> n.product().id())
                .toList();

        assertThat(order).containsExactly("2", "3");
    }

    @Test
    void buildingTwiceGivesTheSameOrderForEveryProduct() {
        var again = NeighbourIndex.build(new CatalogReader().bundled(), new Similarity());

        for (Product product : catalog.products()) {
            assertThat(ids(again.of(product))).isEqualTo(ids(index.of(product)));
        }
    }

    @Test
    void similarityIsSymmetricAndAtMostOne() {
        var similarity = new Similarity();
        for (Product a : catalog.products()) {
            for (Product b : catalog.products()) {
                double ab = similarity.between(a, b);
                assertThat(ab).isBetween(0.0, 1.0).isEqualTo(similarity.between(b, a));
            }
        }
    }

    @Test
    void theWeightsAddUpToOne() {
        assertThat(Similarity.TAG_WEIGHT + Similarity.CATEGORY_WEIGHT + Similarity.PRICE_WEIGHT)
                .isCloseTo(1.0, offset(1e-9));
    }

    @Test
    void pricesFourTimesApartShareNoBand() {
        var cheap = product("1", "packs", "25.00", "lightweight");
        var dear = product("2", "packs", "100.00", "lightweight");
        var close = product("3", "packs", "30.00", "lightweight");

        assertThat(Similarity.priceCloseness(cheap, dear)).isZero();
        assertThat(Similarity.priceCloseness(cheap, close)).isGreaterThan(0.8);
    }

    private static List<String> ids(List<Neighbour> neighbours) {
        return neighbours.stream().map(n -> n.product().id()).toList();
    }

    static Product product(String id, String category, String price, String... tags) {
        return new Product(
                id,
                "Product " + id,
                Category.byKey(category).orElseThrow(),
                List.of(tags),
                new BigDecimal(price),
                "A product for tests.",
                "#336699");
    }
}
