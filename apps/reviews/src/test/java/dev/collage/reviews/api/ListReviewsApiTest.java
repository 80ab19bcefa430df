package dev.collage.reviews.api;

import static dev.collage.reviews.api.PostReviewApiTest.errors;
import static dev.collage.reviews.testing.Http.json;
import static dev.collage.reviews.testing.Http.review;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.collage.reviews.testing.ReviewsOnSqlite;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code GET /api/products/{id}/reviews}: summary, sort and pages. */
class ListReviewsApiTest {

    private static final AtomicInteger PRODUCTS = new AtomicInteger();

    @RegisterExtension
    static final ReviewsOnSqlite reviews = new ReviewsOnSqlite();

    @Test
    void aProductWithoutReviewsHasAnEmptySummaryAndNoPages() {
        JsonNode list = json(reviews.http().get("/api/products/never-reviewed/reviews"));

        assertThat(list.get("product").asText()).isEqualTo("never-reviewed");
        assertThat(list.get("summary").get("count").asInt()).isZero();
        assertThat(list.get("summary").get("average").isNull()).isTrue();
        assertThat(list.get("summary").get("histogram").toString())
                .isEqualTo("{\"1\":0,\"2\":0,\"3\":0,\"4\":0,\"5\":0}");
        assertThat(list.get("totalPages").asInt()).isZero();
        assertThat(list.get("reviews").isEmpty()).isTrue();
    }

    @Test
    void theDefaultsAreTheFirstPageOfFiveNewestFirst() {
        String product = productWithRatings(1, 2, 3, 4, 5, 1, 2);

        JsonNode list = json(reviews.http().get(path(product)));

        assertThat(list.get("sort").asText()).isEqualTo("newest");
        assertThat(list.get("page").asInt()).isEqualTo(1);
        assertThat(list.get("size").asInt()).isEqualTo(5);
        assertThat(list.get("totalPages").asInt()).isEqualTo(2);
        assertThat(titles(list)).containsExactly("review 7", "review 6", "review 5", "review 4", "review 3");
    }

    @Test
    void theSummaryHasCountAverageAndHistogram() {
        String product = productWithRatings(5, 4, 4, 2, 5, 5);

        JsonNode summary = json(reviews.http().get(path(product))).get("summary");

        assertThat(summary.get("count").asInt()).isEqualTo(6);
        assertThat(summary.get("average").asDouble()).isEqualTo(4.2);
        assertThat(summary.get("histogram").toString()).isEqualTo("{\"1\":0,\"2\":1,\"3\":0,\"4\":2,\"5\":3}");
    }

    @Test
    void highestPutsTheBestRatingsFirst() {
        String product = productWithRatings(3, 5, 1, 4);

        JsonNode list = json(reviews.http().get(path(product) + "?sort=highest"));

        assertThat(list.get("sort").asText()).isEqualTo("highest");
        assertThat(ratings(list)).containsExactly(5, 4, 3, 1);
    }

    @Test
    void lowestPutsTheWorstRatingsFirst() {
        String product = productWithRatings(3, 5, 1, 4);

        assertThat(ratings(json(reviews.http().get(path(product) + "?sort=lowest"))))
                .containsExactly(1, 3, 4, 5);
    }

    @Test
    void pagesFollowEachOtherAndTheLastMayBeShort() {
        String product = productWithRatings(1, 2, 3, 4, 5, 1, 2);

        JsonNode second = json(reviews.http().get(path(product) + "?page=2&size=3"));
        JsonNode third = json(reviews.http().get(path(product) + "?page=3&size=3"));

        assertThat(second.get("totalPages").asInt()).isEqualTo(3);
        assertThat(titles(second)).containsExactly("review 4", "review 3", "review 2");
        assertThat(titles(third)).containsExactly("review 1");
    }

    @Test
    void aPageBeyondTheLastIsEmptyNotAnError() {
        String product = productWithRatings(4);

        var response = reviews.http().get(path(product) + "?page=9");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(json(response).get("reviews").isEmpty()).isTrue();
    }

    @Test
    void aSizeOfFiftyIsAllowed() {
        assertThat(reviews.http().get(path("any") + "?size=50").statusCode()).isEqualTo(200);
    }

    @ParameterizedTest
    @ValueSource(strings = {"best", "", "NEWEST%20", "<script>"})
    void anUnknownSortIs400(String sort) {
        var response = reviews.http()
                .get(path("any") + "?sort=" + sort.replace("<", "%3C").replace(">", "%3E"));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(errors(response)).containsExactly("sort=must be one of newest, highest, lowest");
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "-1", "abc", "1.5", "1e3", "", "%201", "1000001", "99999999999999999999"})
    void aPageThatIsNotAWholeNumberInRangeIs400(String page) {
        var response = reviews.http().get(path("any") + "?page=" + page);

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(errors(response)).containsExactly("page=must be a whole number from 1 to 1000000");
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "51", "abc", "-5", "5.0", ""})
    void aSizeThatIsNotAWholeNumberFromOneToFiftyIs400(String size) {
        var response = reviews.http().get(path("any") + "?size=" + size);

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(errors(response)).containsExactly("size=must be a whole number from 1 to 50");
    }

    @Test
    void everyBadParameterIsNamedInOneAnswer() {
        var response = reviews.http().get(path("any") + "?sort=worst&page=0&size=500");

        assertThat(errors(response))
                .containsExactlyInAnyOrder(
                        "sort=must be one of newest, highest, lowest",
                        "page=must be a whole number from 1 to 1000000",
                        "size=must be a whole number from 1 to 50");
    }

    @Test
    void listsAreRevalidatedNotCached() {
        var response = reviews.http().get(path("any"));

        assertThat(response.headers().firstValue("Cache-Control")).hasValue("no-cache");
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/json"));
    }

    /** A new product with one review per rating, posted in order: "review 1" is the oldest. */
    private String productWithRatings(int... ratings) {
        String product = "list-" + PRODUCTS.incrementAndGet();
        for (int i = 0; i < ratings.length; i++) {
            var response =
                    reviews.http().postJson(path(product), review(ratings[i], "review " + (i + 1), "text", "author"));
            assertThat(response.statusCode()).isEqualTo(201);
        }
        return product;
    }

    private static String path(String product) {
        return "/api/products/" + product + "/reviews";
    }

    private static List<String> titles(JsonNode list) {
        var titles = new ArrayList<String>();
        list.get("reviews").forEach(review -> titles.add(review.get("title").asText()));
        return titles;
    }

    private static List<Integer> ratings(JsonNode list) {
        var ratings = new ArrayList<Integer>();
        list.get("reviews").forEach(review -> ratings.add(review.get("rating").asInt()));
        return ratings;
    }
}
