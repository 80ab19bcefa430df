package dev.collage.recommendations.similarity;

import dev.collage.recommendations.catalog.Product;
import java.util.HashSet;

/**
 * How alike two products are, from 0 (nothing in common) to 1 (interchangeable), for "you may
 * also like". Three signals, weighted so they add up to 1:
 */
public final class Similarity {

    /**
     * Tags say what the gear is FOR (waterproof, insulated, ...), which is what a shopper looking
     * at one product most likely needs more of, so they weigh most. Shared tags also pull in
     * gear from other departments: rain trousers for a rain jacket.
     */
    static final double TAG_WEIGHT = 0.50;

    /**
     * The same category means an alternative to compare (another jacket). Strong, but below
     * tags, so a matching jacket beats a matching tent and yet a merely-also-a-jacket does not
     * always beat gear made for the same weather.
     */
    static final double CATEGORY_WEIGHT = 0.35;

    /**
     * Shoppers compare within a price band. Weakest signal: it mostly orders products that are
     * otherwise alike, so a 400 € hardshell is not followed by a 15 € carabiner.
     */
    static final double PRICE_WEIGHT = 0.15;

    /**
     * Prices this many times apart share no band. A ratio, not a difference: 20 € against
     * 40 € is as far apart for a shopper as 200 € against 400 €.
     */
    static final double PRICE_RATIO_WITH_NOTHING_IN_COMMON = 4.0;

    public double between(Product a, Product b) {
        return TAG_WEIGHT * tagOverlap(a, b)
                + CATEGORY_WEIGHT * (a.category() == b.category() ? 1.0 : 0.0)
                + PRICE_WEIGHT * priceCloseness(a, b);
    }

    /** Jaccard index of the two tag sets: shared tags over all tags of either. */
    static double tagOverlap(Product a, Product b) {
        var union = new HashSet<>(a.tags());
        union.addAll(b.tags());
        if (union.isEmpty()) {
            return 0.0;
        }
        long shared = a.tags().stream().filter(b::hasTag).count();
        return (double) shared / union.size();
    }

    /** 1 for the same price, falling with the log of the price ratio, 0 from the ratio above on. */
    static double priceCloseness(Product a, Product b) {
        // Dearer over cheaper, so that a-to-b and b-to-a are the very same number.
        double ratio = a.price().max(b.price()).doubleValue()
                / a.price().min(b.price()).doubleValue();
        double distance = Math.log(ratio) / Math.log(PRICE_RATIO_WITH_NOTHING_IN_COMMON);
        return Math.max(0.0, 1.0 - distance);
    }
}
