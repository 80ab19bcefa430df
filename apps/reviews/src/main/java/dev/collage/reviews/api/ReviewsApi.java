package dev.collage.reviews.api;

import dev.collage.reviews.review.AddOutcome;
import dev.collage.reviews.review.Checked;
import dev.collage.reviews.review.IdempotencyKey;
import dev.collage.reviews.review.ProductId;
import dev.collage.reviews.review.Review;
import dev.collage.reviews.review.ReviewDraft;
import dev.collage.reviews.review.ReviewRepository;
import dev.collage.reviews.writing.DraftReader;
import dev.collage.reviews.writing.ReviewPosting;
import io.javalin.http.Context;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/** The JSON API the fragment's script calls, under {@code /api} (the proxy route {@code api}). */
public final class ReviewsApi {

    private static final Pattern REVIEW_ID = Pattern.compile("[0-9a-z]{1,32}");

    private final ReviewRepository repository;
    private final ReviewPosting posting;
    private final DraftReader drafts;

    public ReviewsApi(ReviewRepository repository, ReviewPosting posting, DraftReader drafts) {
        this.repository = repository;
        this.posting = posting;
        this.drafts = drafts;
    }

    /** {@code GET /api/products/{product}/reviews?sort=&page=&size=} */
    public void list(Context ctx) {
        Optional<ProductId> product = product(ctx);
        if (product.isEmpty()) {
            return;
        }
        Checked<ListQuery> checked = ListQuery.parse(ctx::queryParam);
        if (checked instanceof Checked.Invalid<ListQuery> invalid) {
            JsonAnswer.errors(ctx, 400, invalid.errors());
            return;
        }
        ListQuery query = ((Checked.Valid<ListQuery>) checked).value();
        var summary = repository.summary(product.get());
        List<ReviewJson> reviews = repository.page(product.get(), query.sort(), query.page()).stream()
                .map(ReviewJson::of)
                .toList();
        ctx.header("Cache-Control", "no-cache");
        JsonAnswer.send(
                ctx,
                200,
                new ReviewListJson(
                        product.get().value(),
                        ReviewListJson.SummaryJson.of(summary),
                        query.sort().param(),
                        query.page().page(),
                        query.page().size(),
                        query.page().totalPages(summary.count()),
                        reviews));
    }

    /** {@code POST /api/products/{product}/reviews} with a JSON review and, best, an {@code Idempotency-Key}. */
    public void create(Context ctx) throws IOException {
        Optional<ProductId> product = product(ctx);
        if (product.isEmpty()) {
            return;
        }
        ctx.header("Cache-Control", "no-store");
        if (!JsonContentType.accepts(ctx.header("Content-Type"))) {
            JsonAnswer.error(ctx, 415, "Content-Type", JsonContentType.RULE);
            return;
        }
        String rawKey = ctx.header(IdempotencyKey.HEADER);
        Optional<IdempotencyKey> key = IdempotencyKey.parse(rawKey);
        if (rawKey != null && key.isEmpty()) {
            JsonAnswer.error(ctx, 400, IdempotencyKey.HEADER, IdempotencyKey.RULE);
            return;
        }
        LimitedBody body =
                LimitedBody.read(ctx.req().getInputStream(), ctx.req().getContentLengthLong());
        if (body instanceof LimitedBody.TooLarge tooLarge) {
            if (!tooLarge.drained()) {
                ctx.header("Connection", "close");
            }
            JsonAnswer.error(ctx, 413, "request", "must be at most " + LimitedBody.LIMIT + " bytes");
            return;
        }
        Checked<ReviewDraft> draft = drafts.read(((LimitedBody.Read) body).bytes());
        if (draft instanceof Checked.Invalid<ReviewDraft> invalid) {
            JsonAnswer.errors(ctx, 400, invalid.errors());
            return;
        }
        AddOutcome outcome = posting.post(product.get(), ((Checked.Valid<ReviewDraft>) draft).value(), key);
        if (outcome instanceof AddOutcome.Created created) {
            created(ctx, created.review());
        } else if (outcome instanceof AddOutcome.Replayed replayed) {
            ctx.header("Idempotent-Replayed", "true");
            created(ctx, replayed.review());
        } else {
            JsonAnswer.error(
                    ctx,
                    422,
                    IdempotencyKey.HEADER,
                    "was already used for a different review; send a new key with a new review");
        }
    }

    private static void created(Context ctx, Review review) {
        // relative to the request's URL, so it is right behind the shell's proxy too (RFC 9110, 10.2.2)
        ctx.header("Location", "reviews/" + review.id());
        JsonAnswer.send(ctx, 201, ReviewJson.of(review));
    }

    /** {@code GET /api/products/{product}/reviews/{review}}: where a new review's {@code Location} points. */
    public void show(Context ctx) {
        Optional<ProductId> product = product(ctx);
        if (product.isEmpty()) {
            return;
        }
        String id = ctx.pathParam("review");
        if (!REVIEW_ID.matcher(id).matches()) {
            JsonAnswer.error(ctx, 400, "review", "must be 1 to 32 lower-case letters or digits");
            return;
        }
        Optional<Review> review = repository.find(product.get(), id);
        if (review.isEmpty()) {
            JsonAnswer.error(ctx, 404, "review", "no review " + id + " of product " + product.get());
            return;
        }
        ctx.header("Cache-Control", "no-cache");
        JsonAnswer.send(ctx, 200, ReviewJson.of(review.get()));
    }

    /** The product of the path, or empty after answering 400. */
    private static Optional<ProductId> product(Context ctx) {
        Optional<ProductId> product = ProductId.parse(ctx.pathParam("product"));
        if (product.isEmpty()) {
            JsonAnswer.error(ctx, 400, "product", ProductId.RULE);
        }
        return product;
    }
}
