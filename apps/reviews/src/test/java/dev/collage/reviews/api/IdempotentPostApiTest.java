package dev.collage.reviews.api;

import static dev.collage.reviews.api.PostReviewApiTest.errors;
import static dev.collage.reviews.testing.Http.json;
import static dev.collage.reviews.testing.Http.review;
import static org.assertj.core.api.Assertions.assertThat;

import dev.collage.reviews.testing.ReviewsOnSqlite;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A retried POST with an {@code Idempotency-Key} stores its review once and answers the same. */
class IdempotentPostApiTest {

    private static final AtomicInteger PRODUCTS = new AtomicInteger();

    @RegisterExtension
    static final ReviewsOnSqlite reviews = new ReviewsOnSqlite();

    @Test
    void aRetryWithTheSameKeyStoresOnceAndAnswersTheSame201() {
        String product = newProduct();
        String body = review(5, "Dry all night", "No leaks.", "Noor");

        var first = post(product, body, "8d6f1a56-3c1e-4c8e-9a43-0c7f2b1e5d10");
        var retry = post(product, body, "8d6f1a56-3c1e-4c8e-9a43-0c7f2b1e5d10");

        assertThat(first.statusCode()).isEqualTo(201);
        assertThat(retry.statusCode()).isEqualTo(201);
        assertThat(retry.body()).isEqualTo(first.body());
        assertThat(retry.headers().firstValue("Location"))
                .isEqualTo(first.headers().firstValue("Location"));
        assertThat(retry.headers().firstValue("Idempotent-Replayed")).hasValue("true");
        assertThat(count(product)).isEqualTo(1);
    }

    @Test
    void concurrentRetriesWithTheSameKeyStoreOnce() throws Exception {
        String product = newProduct();
        String body = review(4, "Same time", "Sent eight times at once.", "Finn");
        int attempts = 8;
        var start = new CountDownLatch(1);
        var pool = Executors.newFixedThreadPool(attempts);
        try {
            var sent = new ArrayList<Future<HttpResponse<String>>>();
            for (int i = 0; i < attempts; i++) {
                Callable<HttpResponse<String>> attempt = () -> {
                    start.await();
                    return post(product, body, "concurrent-key-0001");
                };
                sent.add(pool.submit(attempt));
            }
            start.countDown();
            var ids = new ArrayList<String>();
            for (Future<HttpResponse<String>> response : sent) {
                HttpResponse<String> answer = response.get(30, TimeUnit.SECONDS);
                assertThat(answer.statusCode()).isEqualTo(201);
                ids.add(json(answer).get("id").asText());
            }

            assertThat(ids).containsOnly(ids.get(0));
            assertThat(count(product)).isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void theSameKeyWithADifferentReviewIs422AndStoresNothing() {
        String product = newProduct();
        post(product, review(5, "First", "The first review.", "Maya"), "reused-key-00001");

        var second = post(product, review(1, "Second", "A different review.", "Maya"), "reused-key-00001");

        assertThat(second.statusCode()).isEqualTo(422);
        assertThat(json(second).get("errors").get("Idempotency-Key").asText())
                .startsWith("was already used for a different review");
        assertThat(count(product)).isEqualTo(1);
    }

    @ParameterizedTest
    @ValueSource(strings = {"short", "has space in it", "semi;colon-key", "ünïcode-key-1"})
    void aMalformedKeyIs400(String key) {
        String product = newProduct();
        var response = post(product, review(5, "t", "b", "a"), key);

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(errors(response)).containsExactly("Idempotency-Key=must be 8 to 128 letters, digits, '-' or '_'");
        assertThat(count(product)).isZero();
    }

    @Test
    void aKeyLongerThan128CharactersIs400() {
        var response = post(newProduct(), review(5, "t", "b", "a"), "k".repeat(129));

        assertThat(response.statusCode()).isEqualTo(400);
    }

    @Test
    void withoutAKeyEveryPostIsStored() {
        String product = newProduct();
        String body = review(3, "Twice", "Posted twice without a key.", "Ben");

        reviews.http().postJson(path(product), body);
        reviews.http().postJson(path(product), body);

        assertThat(count(product)).isEqualTo(2);
    }

    private HttpResponse<String> post(String product, String body, String key) {
        return reviews.http().postJson(path(product), body, "Idempotency-Key", key);
    }

    private int count(String product) {
        return json(reviews.http().get(path(product)))
                .get("summary")
                .get("count")
                .asInt();
    }

    private static String path(String product) {
        return "/api/products/" + product + "/reviews";
    }

    private static String newProduct() {
        return "idem-" + PRODUCTS.incrementAndGet();
    }
}
