package dev.collage.reviews.fragment;

import static dev.collage.reviews.testing.Http.review;
import static org.assertj.core.api.Assertions.assertThat;

import dev.collage.reviews.testing.ReviewsOnSqlite;
import java.net.http.HttpResponse;
import java.util.concurrent.atomic.AtomicInteger;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@code GET /content?product=} and {@code GET /fallback}, read as a visitor's browser would. */
class FragmentTest {

    private static final AtomicInteger PRODUCTS = new AtomicInteger();

    @RegisterExtension
    static final ReviewsOnSqlite reviews = new ReviewsOnSqlite();

    @Test
    void aMissingProductIs400InPlainWords() {
        var response = reviews.http().get("/content");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("text/plain"));
        assertThat(response.body())
                .isEqualTo("product must be 1 to 64 letters, digits, '-' or '_', e.g. /content?product=7");
    }

    @Test
    void anInvalidProductIs400() {
        assertThat(reviews.http().get("/content?product=%3Cscript%3E").statusCode())
                .isEqualTo(400);
        assertThat(reviews.http().get("/content?product=").statusCode()).isEqualTo(400);
    }

    @Test
    void theFragmentIsOneProductReviewsElementThatFindsItsApiThroughTheShell() {
        var response = reviews.http().get("/content?product=7", "podium-public-pathname", "/apps/reviews/");

        Element root = root(response);
        assertThat(root.tagName()).isEqualTo("product-reviews");
        assertThat(root.attr("data-api")).isEqualTo("/apps/reviews/api");
        assertThat(root.attr("data-product")).isEqualTo("7");
        assertThat(root.selectFirst("h2").text()).isEqualTo("Customer reviews");
    }

    @Test
    void theFragmentIsRevalidatedNotCached() {
        assertThat(reviews.http().get("/content?product=7").headers().firstValue("Cache-Control"))
                .hasValue("no-cache");
    }

    @Test
    void theAverageHasAnAccessibleText() {
        String product = productWithRatings(5, 4, 4);

        Element root = root(reviews.http().get("/content?product=" + product));

        Element stars = root.selectFirst(".pr-average [role=img]");
        assertThat(stars.attr("aria-label")).isEqualTo("4.3 out of 5, 3 reviews");
        assertThat(root.selectFirst(".pr-average-number").text()).isEqualTo("4.3");
        assertThat(root.attr("data-counts")).isEqualTo("0 0 0 2 1");
    }

    @Test
    void everyHistogramBarHasATextEquivalent() {
        String product = productWithRatings(5, 4, 4, 1);

        Element root = root(reviews.http().get("/content?product=" + product));

        assertThat(root.select(".pr-bar-track"))
                .allSatisfy(bar -> assertThat(bar.attr("aria-hidden")).isEqualTo("true"));
        assertThat(root.select(".pr-bar").eachText())
                .containsExactly(
                        "5 stars 1 review, 25%",
                        "4 stars 2 reviews, 50%",
                        "3 stars 0 reviews, 0%",
                        "2 stars 0 reviews, 0%",
                        "1 star 1 review, 25%");
    }

    @Test
    void theNewestThreeReviewsAreShownWithAMoreButton() {
        String product = productWithRatings(1, 2, 3, 4, 5);

        Element root = root(reviews.http().get("/content?product=" + product));

        assertThat(root.select(".pr-list .pr-review-title").eachText())
                .containsExactly("review 5", "review 4", "review 3");
        assertThat(root.selectFirst(".pr-list [role=img]").attr("aria-label")).isEqualTo("5 out of 5 stars");
        Element more = root.selectFirst("button.pr-more");
        assertThat(more.text()).isEqualTo("More reviews");
        assertThat(more.hasAttr("hidden")).isFalse();
    }

    @Test
    void theMoreButtonIsHiddenWhenEveryReviewIsShown() {
        String product = productWithRatings(4, 5);

        Element root = root(reviews.http().get("/content?product=" + product));

        assertThat(root.select(".pr-list > li")).hasSize(2);
        assertThat(root.selectFirst("button.pr-more").hasAttr("hidden")).isTrue();
        assertThat(root.selectFirst(".pr-empty").hasAttr("hidden")).isTrue();
    }

    @Test
    void aProductWithoutReviewsInvitesTheFirstReview() {
        Element root = root(reviews.http().get("/content?product=nobody-reviewed-this"));

        Element empty = root.selectFirst(".pr-empty");
        assertThat(empty.hasAttr("hidden")).isFalse();
        assertThat(empty.text()).isEqualTo("No reviews yet. Be the first to review");
        assertThat(empty.selectFirst("a").attr("href"))
                .isEqualTo("#" + root.selectFirst("form").id());
        assertThat(root.selectFirst(".pr-average [role=img]").attr("aria-label"))
                .isEqualTo("No ratings yet");
        assertThat(root.select(".pr-list > li")).isEmpty();
        assertThat(root.selectFirst(".pr-toolbar").hasAttr("hidden")).isTrue();
    }

    @Test
    void userTextIsEscapedNeverRunAsMarkup() {
        String product = "escape-" + PRODUCTS.incrementAndGet();
        String script = "<script>alert('pwned')</script>";
        String image = "<img src=x onerror=alert(1)>";
        reviews.http()
                .postJson(
                        "/api/products/" + product + "/reviews",
                        review(1, script, image + "\nsecond line", "\"><b>bold</b>"));

        var response = reviews.http().get("/content?product=" + product);

        assertThat(response.body()).contains("&lt;script&gt;alert('pwned')&lt;/script&gt;");
        Element list = root(response).selectFirst(".pr-list");
        assertThat(list.select("script, img, b")).isEmpty();
        assertThat(list.selectFirst(".pr-review-title").text()).isEqualTo(script);
        assertThat(list.selectFirst(".pr-review-body").wholeText()).isEqualTo(image + "\nsecond line");
        assertThat(list.selectFirst(".pr-review-author").text()).isEqualTo("\"><b>bold</b>");
    }

    @Test
    void everyFormControlHasALabel() {
        Element root = root(reviews.http().get("/content?product=7"));

        for (Element control : root.select("input, textarea, select")) {
            assertThat(root.select("label[for=" + control.id() + "]"))
                    .as("label for " + control.id())
                    .hasSize(1);
        }
        Element rating = root.selectFirst("fieldset.pr-rating");
        assertThat(rating.selectFirst("legend").text()).isEqualTo("Your rating");
        assertThat(rating.select("input[type=radio][name=rating]"))
                .extracting(e -> e.attr("value"))
                .containsExactly("1", "2", "3", "4", "5");
        assertThat(root.select("[aria-live=polite]")).hasSizeGreaterThanOrEqualTo(1);
    }

    @Test
    void theFallbackSaysReviewsAreUnavailable() {
        var response = reviews.http().get("/fallback");

        assertThat(response.statusCode()).isEqualTo(200);
        Element root = root(response);
        assertThat(root.tagName()).isEqualTo("product-reviews");
        assertThat(root.text()).contains("Reviews are unavailable right now");
        assertThat(root.hasAttr("data-api")).isFalse();
    }

    private String productWithRatings(int... ratings) {
        String product = "fragment-" + PRODUCTS.incrementAndGet();
        for (int i = 0; i < ratings.length; i++) {
            var response = reviews.http()
                    .postJson(
                            "/api/products/" + product + "/reviews",
                            review(ratings[i], "review " + (i + 1), "text", "author"));
            assertThat(response.statusCode()).isEqualTo(201);
        }
        return product;
    }

    private static Element root(HttpResponse<String> response) {
        assertThat(response.statusCode()).isEqualTo(200);
        var children = Jsoup.parseBodyFragment(response.body()).body().children();
        assertThat(children).hasSize(1);
        return children.first();
    }
}
