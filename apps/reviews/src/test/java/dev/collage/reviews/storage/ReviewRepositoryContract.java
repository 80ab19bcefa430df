package dev.collage.reviews.storage;

import static org.assertj.core.api.Assertions.assertThat;

import dev.collage.reviews.review.AddOutcome;
import dev.collage.reviews.review.IdempotencyKey;
import dev.collage.reviews.review.NewReview;
import dev.collage.reviews.review.PageRequest;
import dev.collage.reviews.review.ProductId;
import dev.collage.reviews.review.Review;
import dev.collage.reviews.review.ReviewDraft;
import dev.collage.reviews.review.ReviewRepository;
import dev.collage.reviews.review.Sort;
import dev.collage.reviews.testing.TickingClock;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every backend of {@link ReviewRepository} must do; one subclass per backend. */
abstract class ReviewRepositoryContract {

    private static final ProductId TENT = new ProductId("7");
    private static final ProductId BOOTS = new ProductId("boots_2-b");

    private final Clock clock = new TickingClock();
    private Database database;
    private ReviewRepository repository;
    private int ids;

    /** A new, empty database for each test. */
    protected abstract DatabaseSettings freshDatabase() throws Exception;

    @BeforeEach
    final void openMigratedDatabase() throws Exception {
        database = Database.open(freshDatabase());
        new SchemaMigrator(SchemaMigrator.bundled(), clock).migrate(database.dataSource());
        repository = new SqlReviewRepository(database.dataSource());
    }

    @AfterEach
    final void closeDatabase() {
        database.close();
    }

    @Test
    void aReviewIsReadBackExactlyAsStored() {
        var draft = new ReviewDraft(
                4, "<b>Große</b> \"tent\" & 🏕️", "Line one\n\n\tLine 'two' <script>alert(1)</script>", "Åsa Ø.");
        Review stored = created(add(TENT, draft, Optional.empty()));

        assertThat(repository.page(TENT, Sort.NEWEST, new PageRequest(1, 5))).containsExactly(stored);
        assertThat(stored.title()).isEqualTo(draft.title());
        assertThat(stored.body()).isEqualTo(draft.body());
        assertThat(stored.author()).isEqualTo(draft.author());
    }

    @Test
    void newestPutsTheLatestReviewFirst() {
        Review first = created(add(TENT, rating(5), Optional.empty()));
        Review second = created(add(TENT, rating(1), Optional.empty()));
        Review third = created(add(TENT, rating(3), Optional.empty()));

        assertThat(ids(repository.page(TENT, Sort.NEWEST, new PageRequest(1, 5))))
                .containsExactly(third.id(), second.id(), first.id());
    }

    @Test
    void highestOrdersByRatingThenNewest() {
        Review olderFive = created(add(TENT, rating(5), Optional.empty()));
        Review two = created(add(TENT, rating(2), Optional.empty()));
        Review newerFive = created(add(TENT, rating(5), Optional.empty()));
        Review four = created(add(TENT, rating(4), Optional.empty()));

        assertThat(ids(repository.page(TENT, Sort.HIGHEST, new PageRequest(1, 5))))
                .containsExactly(newerFive.id(), olderFive.id(), four.id(), two.id());
    }

    @Test
    void lowestOrdersByRatingUpwardsThenNewest() {
        Review olderOne = created(add(TENT, rating(1), Optional.empty()));
        Review five = created(add(TENT, rating(5), Optional.empty()));
        Review newerOne = created(add(TENT, rating(1), Optional.empty()));
        Review three = created(add(TENT, rating(3), Optional.empty()));

        assertThat(ids(repository.page(TENT, Sort.LOWEST, new PageRequest(1, 5))))
                .containsExactly(newerOne.id(), olderOne.id(), three.id(), five.id());
    }

    @Test
    void pagesSplitTheListWithoutRepeatsOrGaps() {
        var all = new ArrayList<String>();
        for (int i = 0; i < 7; i++) {
            all.add(0, created(add(TENT, rating(1 + i % 5), Optional.empty())).id());
        }
        var paged = new ArrayList<String>();
        for (int page = 1; page <= 3; page++) {
            paged.addAll(ids(repository.page(TENT, Sort.NEWEST, new PageRequest(page, 3))));
        }
        assertThat(paged).isEqualTo(all);
    }

    @Test
    void aPageBeyondTheLastIsEmpty() {
        add(TENT, rating(4), Optional.empty());

        assertThat(repository.page(TENT, Sort.NEWEST, new PageRequest(2, 5))).isEmpty();
        assertThat(repository.page(TENT, Sort.NEWEST, new PageRequest(PageRequest.MAX_PAGE, PageRequest.MAX_SIZE)))
                .isEmpty();
    }

    @Test
    void summaryCountsEachRatingAndAverages() {
        for (int rating : new int[] {5, 5, 4, 1, 5, 3}) {
            add(TENT, rating(rating), Optional.empty());
        }
        var summary = repository.summary(TENT);

        assertThat(summary.counts()).containsExactly(1L, 0L, 1L, 1L, 3L);
        assertThat(summary.count()).isEqualTo(6);
        assertThat(summary.average()).hasValue(23.0 / 6);
    }

    @Test
    void aProductWithoutReviewsHasAnEmptySummary() {
        var summary = repository.summary(TENT);

        assertThat(summary.count()).isZero();
        assertThat(summary.average()).isEmpty();
        assertThat(repository.page(TENT, Sort.NEWEST, new PageRequest(1, 5))).isEmpty();
    }

    @Test
    void reviewsOfOtherProductsAreNeverMixedIn() {
        Review tent = created(add(TENT, rating(2), Optional.empty()));
        add(BOOTS, rating(5), Optional.empty());

        assertThat(repository.page(TENT, Sort.NEWEST, new PageRequest(1, 5))).containsExactly(tent);
        assertThat(repository.summary(TENT).count()).isEqualTo(1);
    }

    @Test
    void theSameKeyWithTheSameReviewStoresItOnce() {
        var key = Optional.of(new IdempotencyKey("retry-key-0001"));
        Review first = created(add(TENT, rating(4), key));

        AddOutcome again = add(TENT, rating(4), key);

        assertThat(again).isEqualTo(new AddOutcome.Replayed(first));
        assertThat(repository.summary(TENT).count()).isEqualTo(1);
    }

    @Test
    void theSameKeyWithADifferentReviewStoresNothing() {
        var key = Optional.of(new IdempotencyKey("retry-key-0002"));
        add(TENT, rating(4), key);

        assertThat(add(TENT, rating(5), key)).isEqualTo(new AddOutcome.KeyReused(key.get()));
        assertThat(add(BOOTS, rating(4), key)).isEqualTo(new AddOutcome.KeyReused(key.get()));
        assertThat(repository.summary(TENT).count()).isEqualTo(1);
        assertThat(repository.summary(BOOTS).count()).isZero();
    }

    @Test
    void concurrentRetriesWithOneKeyStoreOneReview() throws Exception {
        var key = Optional.of(new IdempotencyKey("concurrent-retry-1"));
        int attempts = 8;
        var start = new CountDownLatch(1);
        var pool = Executors.newFixedThreadPool(attempts);
        try {
            var tries = new ArrayList<Future<AddOutcome>>();
            for (int i = 0; i < attempts; i++) {
                String id = "c" + i;
                Callable<AddOutcome> attempt = () -> {
                    start.await();
                    return repository.add(new NewReview(id, TENT, rating(5), Instant.now(clock), key));
                };
                tries.add(pool.submit(attempt));
            }
            start.countDown();
            var outcomes = new ArrayList<AddOutcome>();
            for (Future<AddOutcome> attempt : tries) {
                outcomes.add(attempt.get(30, TimeUnit.SECONDS));
            }

            assertThat(outcomes)
                    .filteredOn(o -> o instanceof AddOutcome.Created)
                    .hasSize(1);
            assertThat(outcomes)
                    .filteredOn(o -> o instanceof AddOutcome.Replayed)
                    .hasSize(attempts - 1);
            assertThat(outcomes.stream()
                            .map(ReviewRepositoryContract::reviewOf)
                            .map(Review::id)
                            .distinct())
                    .hasSize(1);
            assertThat(repository.summary(TENT).count()).isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void reviewsWithoutKeysAreAllStored() {
        add(TENT, rating(3), Optional.empty());
        add(TENT, rating(3), Optional.empty());

        assertThat(repository.summary(TENT).count()).isEqualTo(2);
    }

    @Test
    void findAnswersAReviewOnlyForItsOwnProduct() {
        Review tent = created(add(TENT, rating(2), Optional.empty()));

        assertThat(repository.find(TENT, tent.id())).contains(tent);
        assertThat(repository.find(BOOTS, tent.id())).isEmpty();
        assertThat(repository.find(TENT, "nosuchreview")).isEmpty();
    }

    @Test
    void isEmptyUntilTheFirstReviewOfAnyProduct() {
        assertThat(repository.isEmpty()).isTrue();

        add(BOOTS, rating(1), Optional.empty());

        assertThat(repository.isEmpty()).isFalse();
    }

    private AddOutcome add(ProductId product, ReviewDraft draft, Optional<IdempotencyKey> key) {
        return repository.add(new NewReview("r" + (++ids), product, draft, clock.instant(), key));
    }

    private static ReviewDraft rating(int stars) {
        return new ReviewDraft(stars, stars + " stars", "A review with " + stars + " stars.", "Kari");
    }

    private static Review created(AddOutcome outcome) {
        assertThat(outcome).isInstanceOf(AddOutcome.Created.class);
        return ((AddOutcome.Created) outcome).review();
    }

    private static Review reviewOf(AddOutcome outcome) {
        if (outcome instanceof AddOutcome.Created created) {
            return created.review();
        }
        return ((AddOutcome.Replayed) outcome).review();
    }

    private static List<String> ids(List<Review> reviews) {
        return reviews.stream().map(Review::id).toList();
    }
}
