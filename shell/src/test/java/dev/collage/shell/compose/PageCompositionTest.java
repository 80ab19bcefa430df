package dev.collage.shell.compose;

import static dev.collage.shell.testing.FakeApp.hang;
import static dev.collage.shell.testing.FakeApp.huge;
import static dev.collage.shell.testing.FakeApp.reset;
import static dev.collage.shell.testing.FakeApp.slow;
import static dev.collage.shell.testing.FakeApp.status;
import static org.assertj.core.api.Assertions.assertThat;

import dev.collage.shell.testing.ComposedPage;
import dev.collage.shell.testing.FakeApp;
import dev.collage.shell.testing.RunningShell;
import java.time.Duration;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class PageCompositionTest {

    private FakeApp recommendations;
    private FakeApp weather;
    private FakeApp reviews;
    private RunningShell shell;

    @BeforeEach
    void startApps() {
        recommendations = FakeApp.start("recommendations");
        weather = FakeApp.start("weather");
        reviews = FakeApp.start("reviews");
    }

    @AfterEach
    void stopAll() {
        if (shell != null) {
            shell.close();
        }
        recommendations.close();
        weather.close();
        reviews.close();
    }

    private RunningShell shell(String timeout) {
        shell = RunningShell.start(RunningShell.productPage(recommendations, weather, reviews, timeout))
                .awaitReady("recommendations", "weather", "reviews");
        return shell;
    }

    @Test
    void everySlotHoldsItsAppsFragmentInDocumentOrder() {
        var page = shell("2s").get("/products/7");

        assertThat(page.statusCode()).isEqualTo(200);
        Document html = ComposedPage.parse(page.body());
        assertThat(html.select(".collage-slot").eachAttr("data-slot"))
                .containsExactly("product", "forecast", "related", "reviews");
        assertThat(slot(html, "forecast").select("section.weather").text()).isEqualTo("weather fragment");
        assertThat(slot(html, "reviews").attr("data-outcome")).isEqualTo("ok");
        assertThat(slot(html, "reviews").attr("data-version")).isEqualTo("1.0.0");
    }

    @Test
    void eachFragmentGetsItsParametersFromPathQueryAndCookie() {
        shell("2s").get("/products/7?units=f", "Cookie", "weather-city=oslo; session=secret");

        assertThat(weather.received("/content")).singleElement().satisfies(request -> {
            assertThat(request.rawQuery()).isEqualTo("city=oslo&units=f");
            assertThat(request.header("cookie")).isNull();
        });
        assertThat(recommendations.received("/content"))
                .extracting(FakeApp.Received::rawQuery)
                .containsExactlyInAnyOrder("product=7&view=header", "product=7&view=list");
    }

    @Test
    void appsReceiveTheRequestContextAsPodiumHeadersAndNothingElse() {
        shell("2s")
                .get(
                        "/products/7",
                        "Accept-Language",
                        "nb-NO,nb;q=0.9",
                        "User-Agent",
                        "Mozilla/5.0 (iPhone; CPU iPhone OS 17_0) Mobile/15E148",
                        "Authorization",
                        "Bearer secret");

        var request = reviews.received("/content").get(0);
        assertThat(request.header("podium-locale")).isEqualTo("nb-NO");
        assertThat(request.header("podium-device-type")).isEqualTo("mobile");
        assertThat(request.header("podium-public-pathname")).isEqualTo("/apps/reviews/@1.0.0/");
        assertThat(request.header("podium-mount-pathname")).isEqualTo("/products/7");
        assertThat(request.header("traceparent")).matches("00-[0-9a-f]{32}-[0-9a-f]{16}-01");
        assertThat(request.header("authorization")).isNull();
    }

    @Test
    void theHeadLinksEveryAppsAssetsThroughTheShell() {
        Document html = ComposedPage.parse(shell("2s").get("/products/7").body());

        assertThat(html.select("head link[rel=stylesheet]").eachAttr("href"))
                .contains(
                        "/apps/recommendations/@1.0.0/assets/recommendations.css",
                        "/apps/weather/@1.0.0/assets/weather.css",
                        "/apps/reviews/@1.0.0/assets/reviews.css");
        assertThat(html.select("head script[type=module]").eachAttr("src"))
                .containsExactly(
                        "/apps/recommendations/@1.0.0/assets/recommendations.js",
                        "/apps/weather/@1.0.0/assets/weather.js",
                        "/apps/reviews/@1.0.0/assets/reviews.js");
    }

    @Test
    void theBusScriptCarriesTheNonceThePolicyAllows() {
        var page = shell("2s").get("/products/7");
        String nonce = ComposedPage.parse(page.body())
                .selectFirst("head script:not([src])")
                .attr("nonce");

        assertThat(nonce).isNotBlank();
        assertThat(page.headers().firstValue("content-security-policy"))
                .hasValueSatisfying(csp -> assertThat(csp).contains("script-src 'self' 'nonce-" + nonce + "'"));
    }

    @Test
    void aFailingFragmentIsReplacedByItsAppsFallback() {
        reviews.content(status(500));

        Element slot = slot(ComposedPage.parse(shell("2s").get("/products/7").body()), "reviews");

        assertThat(slot.attr("data-outcome")).isEqualTo("error");
        assertThat(slot.text()).isEqualTo("reviews is resting");
    }

    @Test
    void aResetConnectionIsAnErrorNotABrokenPage() {
        weather.content(reset());

        var page = shell("2s").get("/products/7");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(slot(ComposedPage.parse(page.body()), "forecast").attr("data-outcome"))
                .isEqualTo("error");
    }

    @Test
    void aHangingFragmentIsReplacedAtItsDeadlineAndThePageCompletes() {
        weather.content(hang());

        long started = System.nanoTime();
        var page = shell("1s").get("/products/7");
        long tookMs = (System.nanoTime() - started) / 1_000_000;

        assertThat(page.statusCode()).isEqualTo(200);
        Element slot = slot(ComposedPage.parse(page.body()), "forecast");
        assertThat(slot.attr("data-outcome")).isEqualTo("timeout");
        assertThat(slot.text()).isEqualTo("weather is resting");
        assertThat(tookMs)
                .as("the page waits for the deadline, not for the hang")
                .isLessThan(5_000);
    }

    @Test
    void anAppWithoutAFallbackLeavesAnEmptyPlaceholder() {
        reviews.withoutFallback().content(status(503));

        Element slot = slot(ComposedPage.parse(shell("2s").get("/products/7").body()), "reviews");

        assertThat(slot.attr("data-outcome")).isEqualTo("error");
        assertThat(slot.children()).isEmpty();
    }

    @Test
    void aFragmentLargerThanTheLimitIsCutOffAndReplacedByTheFallback() {
        reviews.content(huge(3 << 20));

        Element slot = slot(ComposedPage.parse(shell("5s").get("/products/7").body()), "reviews");

        assertThat(slot.attr("data-outcome")).isEqualTo("too-large");
        assertThat(slot.text()).isEqualTo("reviews is resting");
    }

    @Test
    void thePrimarySlotsNotFoundIsThePagesNotFound() {
        recommendations.content((ex, app) -> {
            if (ex.getRequestURI().getQuery().contains("view=header")) {
                app.send(ex, 404, "text/html", "<p>no such product</p>");
            } else {
                app.send(ex, 200, "text/html", "<ul></ul>");
            }
        });

        var page = shell("2s").get("/products/999");

        assertThat(page.statusCode()).isEqualTo(404);
        assertThat(ComposedPage.parse(page.body()).selectFirst("h1").text()).isEqualTo("We could not find that page");
    }

    @Test
    void aFailedPrimarySlotGivesAnErrorPageToRetryLater() {
        recommendations.content(status(500));

        var page = shell("2s").get("/products/7");

        assertThat(page.statusCode()).isEqualTo(503);
        assertThat(page.headers().firstValue("retry-after")).hasValue("10");
        assertThat(page.body()).contains("This page is taking a break");
    }

    @Test
    void aNotFoundOnAnOrdinarySlotLeavesItEmpty() {
        reviews.content(status(404));

        var page = shell("2s").get("/products/7");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(slot(ComposedPage.parse(page.body()), "reviews").attr("data-outcome"))
                .isEqualTo("not-found");
    }

    @Test
    void thePrimaryFragmentCanNameThePage() {
        recommendations.content((ex, app) -> {
            ex.getResponseHeaders().add("collage-title", "Storm%20Shell%20Jacket%20%E2%80%93%20Men%E2%80%99s");
            app.send(ex, 200, "text/html", "<article>jacket</article>");
        });

        var page = shell("2s").get("/products/7");

        assertThat(ComposedPage.parse(page.body()).title()).isEqualTo("Storm Shell Jacket – Men’s · Test Shop");
    }

    @Test
    void fragmentsAreFetchedAtOnceNotOneAfterAnother() {
        var delay = Duration.ofMillis(400);
        recommendations.content(slow(delay, "<p>r</p>"));
        weather.content(slow(delay, "<p>w</p>"));
        reviews.content(slow(delay, "<p>v</p>"));
        var running = shell("5s");

        long started = System.nanoTime();
        running.get("/products/7");
        long tookMs = (System.nanoTime() - started) / 1_000_000;

        // four slots of 400 ms each would take 1600 ms one after another
        assertThat(tookMs).isLessThan(1_200);
    }

    @Test
    void aSlowFragmentDoesNotHoldBackTheHeadOfThePage() throws Exception {
        reviews.content(slow(Duration.ofMillis(1500), "<p>late</p>"));
        var running = shell("5s");

        long started = System.nanoTime();
        var response = running.http()
                .send(
                        java.net.http.HttpRequest.newBuilder(running.uri("/products/7"))
                                .build(),
                        java.net.http.HttpResponse.BodyHandlers.ofInputStream());
        try (var body = response.body()) {
            byte[] first = body.readNBytes(64);
            long firstBytesMs = (System.nanoTime() - started) / 1_000_000;
            String rest = new String(body.readAllBytes());
            long allMs = (System.nanoTime() - started) / 1_000_000;

            assertThat(new String(first)).startsWith("<!doctype html>");
            assertThat(rest).contains("<p>late</p>");
            assertThat(firstBytesMs).as("first bytes long before the slow slot").isLessThan(allMs / 2);
        }
    }

    @Test
    void anUnknownPathIsTheShopsNotFoundPage() {
        var page = shell("2s").get("/no/such/page");

        assertThat(page.statusCode()).isEqualTo(404);
        assertThat(page.headers().firstValue("content-type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("text/html"));
        assertThat(ComposedPage.parse(page.body()).select("a[href=/]")).isNotEmpty();
    }

    private static Element slot(Document html, String name) {
        Element slot = html.selectFirst(".collage-slot[data-slot=" + name + "]");
        assertThat(slot).as("slot " + name).isNotNull();
        return slot;
    }
}
