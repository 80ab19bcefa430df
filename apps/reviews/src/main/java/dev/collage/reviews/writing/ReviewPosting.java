package dev.collage.reviews.writing;

import dev.collage.reviews.review.AddOutcome;
import dev.collage.reviews.review.IdempotencyKey;
import dev.collage.reviews.review.NewReview;
import dev.collage.reviews.review.ProductId;
import dev.collage.reviews.review.ReviewDraft;
import dev.collage.reviews.review.ReviewRepository;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Posts a checked draft: gives it an id and the time, stores it once per idempotency key. */
public final class ReviewPosting {

    private static final Logger log = LoggerFactory.getLogger(ReviewPosting.class);

    private final ReviewRepository repository;
    private final Clock clock;
    private final ReviewIds ids;

    public ReviewPosting(ReviewRepository repository, Clock clock, ReviewIds ids) {
        this.repository = repository;
        this.clock = clock;
        this.ids = ids;
    }

    public AddOutcome post(ProductId product, ReviewDraft draft, Optional<IdempotencyKey> key) {
        long started = System.nanoTime();
        // milliseconds are what every backend stores; a review read back equals the one returned
        var review = new NewReview(ids.next(), product, draft, clock.instant().truncatedTo(ChronoUnit.MILLIS), key);
        AddOutcome outcome = repository.add(review);
        long ms = (System.nanoTime() - started) / 1_000_000;
        if (outcome instanceof AddOutcome.Created created) {
            log.info(
                    "event=review_created product={} review={} rating={} keyed={} ms={}",
                    product,
                    created.review().id(),
                    draft.rating(),
                    key.isPresent(),
                    ms);
        } else if (outcome instanceof AddOutcome.Replayed replayed) {
            log.info(
                    "event=review_replayed product={} review={} ms={}",
                    product,
                    replayed.review().id(),
                    ms);
        } else {
            log.info("event=idempotency_key_reused product={} ms={}", product, ms);
        }
        return outcome;
    }
}
