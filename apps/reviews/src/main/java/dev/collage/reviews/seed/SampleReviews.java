package dev.collage.reviews.seed;

import dev.collage.reviews.review.IdempotencyKey;
import dev.collage.reviews.review.NewReview;
import dev.collage.reviews.review.ProductId;
import dev.collage.reviews.review.ReviewDraft;
import dev.collage.reviews.review.ReviewRepository;
import dev.collage.reviews.writing.ReviewIds;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reviews for the catalog's products "1" to "60" on a first start, so a new shop does not look
 * empty. The same seed gives the same reviews; each carries an idempotency key, so two
 * instances seeding one database at once still store each review once.
 */
public final class SampleReviews {

    private static final Logger log = LoggerFactory.getLogger(SampleReviews.class);
    public static final int PRODUCTS = 60;
    public static final long SEED = 20_240_917L;

    private final ReviewRepository repository;
    private final Clock clock;
    private final Random random;

    public SampleReviews(ReviewRepository repository, Clock clock, Random random) {
        this.repository = repository;
        this.clock = clock;
        this.random = random;
    }

    /** Seeds only a database without any review: never on top of real ones. */
    public int seedIfEmpty() {
        if (!repository.isEmpty()) {
            log.info("event=seed_skipped reason=not_empty");
            return 0;
        }
        long started = System.nanoTime();
        var ids = new ReviewIds(random);
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        int stored = 0;
        for (int product = 1; product <= PRODUCTS; product++) {
            // each product has its own quality, so averages differ from product to product
            double quality = 3.1 + random.nextDouble() * 1.7;
            int reviews = 2 + random.nextInt(26);
            for (int n = 0; n < reviews; n++) {
                int rating = (int) Math.round(Math.max(1, Math.min(5, quality + random.nextGaussian() * 1.05)));
                Instant createdAt = now.minus(Duration.ofMinutes(random.nextInt(365 * 24 * 60)));
                var draft = new ReviewDraft(rating, title(rating), body(rating), author());
                var key = new IdempotencyKey("seed-" + product + "-" + n);
                repository.add(new NewReview(
                        ids.next(), new ProductId(Integer.toString(product)), draft, createdAt, Optional.of(key)));
                stored++;
            }
        }
        log.info(
                "event=seeded products={} reviews={} ms={}",
                PRODUCTS,
                stored,
                (System.nanoTime() - started) / 1_000_000);
        return stored;
    }

    private String title(int rating) {
        return pick(rating >= 4 ? GOOD_TITLES : rating == 3 ? MIXED_TITLES : BAD_TITLES);
    }

    private String body(int rating) {
        List<String> pool = rating >= 4 ? GOOD_LINES : rating == 3 ? MIXED_LINES : BAD_LINES;
        String first = pick(pool);
        String second = pick(pool);
        while (second.equals(first)) {
            second = pick(pool);
        }
        String body = random.nextBoolean() ? pick(OUTINGS) + " " + first + " " + second : first + " " + second;
        if (random.nextInt(3) == 0) {
            body += "\n\n" + pick(CLOSERS);
        }
        return body;
    }

    private String author() {
        return pick(FIRST_NAMES) + " " + (char) ('A' + random.nextInt(26)) + ".";
    }

    private String pick(List<String> pool) {
        return pool.get(random.nextInt(pool.size()));
    }

    private static final List<String> GOOD_TITLES = List.of(
            "Worth every penny",
            "Held up on a week in the mountains",
            "Exactly what I needed",
            "Great quality, light as promised",
            "My new favourite piece of kit",
            "Survived a soaking on day one",
            "Comfortable from the first mile",
            "Solid and well made",
            "Better than the pricier brands",
            "Bought a second one for my partner",
            "Packs down small, works hard",
            "Five trips in and still like new");
    private static final List<String> MIXED_TITLES = List.of(
            "Good, but not perfect",
            "Does the job",
            "Fine for the price",
            "Decent, a few quirks",
            "Okay for short trips",
            "Runs a little small",
            "Nice idea, average execution");
    private static final List<String> BAD_TITLES = List.of(
            "Disappointed",
            "Did not last a season",
            "Not as described",
            "Returned it",
            "Zip broke on the second outing",
            "Too heavy for what it is");
    private static final List<String> GOOD_LINES = List.of(
            "Took it on a four-day hut trek and it performed flawlessly.",
            "The materials feel premium and the stitching is neat everywhere.",
            "It kept me dry through a full afternoon of sideways rain.",
            "Weight is spot on with the listing, which I appreciated.",
            "Setup is quick even with cold hands.",
            "Fits well with room for a base layer underneath.",
            "I have used it almost every weekend since spring and it still looks new.",
            "The little details, like the glove-friendly pulls, make a difference.",
            "Customer service answered my sizing question within a day.",
            "My kids have been rough with it and it shrugged everything off.",
            "Comfortable on long climbs, no hot spots at all.",
            "Good value compared to what I paid for my last one.");
    private static final List<String> MIXED_LINES = List.of(
            "It works, but the fit is snugger than I expected.",
            "Quality is fine for the price, nothing special.",
            "The colour is a bit duller than in the photos.",
            "It does what it says, though the straps need constant adjusting.",
            "Good in dry weather, less convincing in a proper downpour.",
            "Instructions were unclear, it took a while to figure out.",
            "Heavier than I hoped, but it feels sturdy.",
            "I would buy it again on sale.");
    private static final List<String> BAD_LINES = List.of(
            "The seams started leaking after a couple of hours of rain.",
            "A buckle snapped on the second trip.",
            "Sizing is way off; order at least one size up.",
            "The fabric pilled after a few washes.",
            "It arrived with a scuff and the replacement took weeks.",
            "Much heavier than the listing says.",
            "Uncomfortable on anything longer than an hour.");
    private static final List<String> OUTINGS = List.of(
            "Used it on a three-day trip in the Dolomites.",
            "Bought it for weekend hikes with the dog.",
            "I commute by bike all year, so it gets daily use.",
            "Took it on a wet week of wild camping in Scotland.",
            "Our family uses it on summer canoe trips.",
            "Tried it on a winter overnight at about -8 °C.",
            "Picked it up before a trek in the Andes.",
            "Mostly used for day hikes in the forest near home.",
            "Had it with me on the Kungsleden last August.",
            "Used for trail running in mixed weather.");
    private static final List<String> CLOSERS = List.of(
            "Would recommend.",
            "Tested in the Lake District, in October.",
            "Bought in my usual size.",
            "Update after three months: still going strong.",
            "Can't speak to winter use yet.");
    private static final List<String> FIRST_NAMES = List.of(
            "Ingrid", "Tomás", "Aiko", "Sven", "Maya", "Jonas", "Priya", "Liam", "Noor", "Kari", "Mateo", "Elsa",
            "Ravi", "Hana", "Olav", "Chloé", "Ben", "Amara", "Finn", "Sofia", "Dev", "Leah", "Marek", "Yuki", "Anders",
            "Zoe");
}
