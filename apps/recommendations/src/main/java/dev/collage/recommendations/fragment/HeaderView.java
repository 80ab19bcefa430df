package dev.collage.recommendations.fragment;

import dev.collage.recommendations.web.ProductCard;
import java.util.List;

/**
 * What the product header shows.
 *
 * @param api where the browser reaches this app's API (from {@code podium-public-pathname})
 * @param tags the product's tags as a shopper reads them: {@code Sun protection}
 */
public record HeaderView(String api, String locale, ProductCard product, String description, List<String> tags) {}
