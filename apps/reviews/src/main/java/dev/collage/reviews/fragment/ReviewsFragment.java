package dev.collage.reviews.fragment;

import dev.collage.reviews.review.PageRequest;
import dev.collage.reviews.review.ProductId;
import dev.collage.reviews.review.ReviewRepository;
import dev.collage.reviews.review.Sort;
import dev.collage.sdk.context.PodiumContext;
import dev.collage.sdk.view.Views;
import io.javalin.http.Context;
import java.util.Optional;

/** The fragment, {@code <product-reviews>}, and its fallback. */
public final class ReviewsFragment {

    /** Reviews shown at first; the script loads more in pages of the same size. */
    static final int PAGE_SIZE = 3;

    private final ReviewRepository repository;
    private final Views views;

    public ReviewsFragment(ReviewRepository repository, Views views) {
        this.repository = repository;
        this.views = views;
    }

    /** {@code GET /content?product=<id>} */
    public void content(Context ctx) {
        Optional<ProductId> product = ProductId.parse(ctx.queryParam("product"));
        if (product.isEmpty()) {
            ctx.status(400)
                    .contentType("text/plain; charset=utf-8")
                    .result("product " + ProductId.RULE + ", e.g. /content?product=7");
            return;
        }
        var summary = repository.summary(product.get());
        var firstPage = repository.page(product.get(), Sort.NEWEST, new PageRequest(1, PAGE_SIZE));
        String api = PodiumContext.from(ctx::header).publicPath("api");
        // a review posted a moment ago must show on the next page view
        ctx.header("Cache-Control", "no-cache");
        views.html(ctx, "reviews.jte", ReviewsView.of(api, product.get(), summary, firstPage, PAGE_SIZE));
    }

    /** {@code GET /fallback}: static, so the shell can keep it for when this app is down. */
    public void fallback(Context ctx) {
        ctx.header("Cache-Control", "max-age=3600");
        views.html(ctx, "fallback.jte", null);
    }
}
