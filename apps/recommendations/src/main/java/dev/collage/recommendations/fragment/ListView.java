package dev.collage.recommendations.fragment;

import dev.collage.recommendations.web.ProductCard;
import java.util.List;

/**
 * What the recommendations list shows, and what its script needs to re-rank it.
 *
 * @param api where the browser reaches this app's API (from {@code podium-public-pathname})
 * @param product the product the list is like; empty for top picks
 * @param weather the conditions already applied, as the API's {@code weather} parameter
 * @param note a line saying what the list was picked for; empty when nothing special
 */
public record ListView(
        String api,
        String product,
        int limit,
        String locale,
        String weather,
        String heading,
        String note,
        List<ProductCard> cards) {}
