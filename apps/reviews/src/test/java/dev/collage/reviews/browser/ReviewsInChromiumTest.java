package dev.collage.reviews.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.Route;
import com.microsoft.playwright.options.AriaRole;
import dev.collage.reviews.ReviewsConfig;
import dev.collage.reviews.storage.DatabaseSettings;
import dev.collage.reviews.testing.Http;
import dev.collage.reviews.testing.RunningReviews;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The fragment's script in a real Chromium: what a visitor sees and does, with the keyboard
 * where it matters, and axe-core's verdict on accessibility.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReviewsInChromiumTest {

    private static final Path CHROMIUM = Path.of(System.getenv().getOrDefault("CHROMIUM_PATH", "/usr/bin/chromium"));
    private static final AtomicInteger PRODUCTS = new AtomicInteger();

    private RunningReviews app;
    private Http http;
    private Playwright playwright;
    private Browser browser;
    private Page page;

    @BeforeAll
    void start(@TempDir Path dir) throws Exception {
        if (!Files.isExecutable(CHROMIUM)) {
            String why = "no Chromium at " + CHROMIUM + " (set CHROMIUM_PATH, or apt-get install chromium)";
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                fail("browser tests cannot run in CI: " + why);
            }
            Assumptions.abort("browser tests skipped: " + why);
        }
        app = RunningReviews.start(new ReviewsConfig(new DatabaseSettings.SqliteFile(dir.resolve("reviews.db")), true));
        http = app.http();
        // the machine's Chromium, never a downloaded one
        playwright = Playwright.create(
                new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright
                .chromium()
                .launch(new BrowserType.LaunchOptions()
                        .setExecutablePath(CHROMIUM)
                        .setArgs(List.of("--no-sandbox", "--disable-gpu")));
    }

    @AfterAll
    void stop() {
        if (playwright != null) {
            playwright.close();
        }
        if (app != null) {
            app.close();
        }
    }

    @BeforeEach
    void newPage() {
        page = browser.newPage(new Browser.NewPageOptions().setViewportSize(1280, 900));
    }

    @AfterEach
    void closePage() {
        page.context().close();
    }

    @Test
    void axeFindsNoSeriousOrCriticalIssueOnAProductWithReviews() {
        open("1");

        assertThat(seriousViolations()).isEmpty();
    }

    @Test
    void axeFindsNoSeriousOrCriticalIssueWhileTheFormShowsErrors() {
        open(newProduct());
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Post review"))
                .click();
        page.locator(".pr-error:not([hidden])").first().waitFor();

        assertThat(seriousViolations()).isEmpty();
    }

    @Test
    void moreReviewsAppendsTheNextPageAndMovesFocusToIt() {
        open("1");
        Locator reviews = page.locator(".pr-list > li");
        assertThat(reviews.count()).isEqualTo(3);

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("More reviews"))
                .press("Enter");

        page.waitForFunction("() => document.querySelectorAll('.pr-list > li').length === 6");
        assertThat(page.evaluate("() => document.activeElement === document.querySelectorAll('.pr-list > li')[3]"))
                .isEqualTo(true);
        assertThat(page.locator(".pr-announce").textContent()).startsWith("Showing 6 of ");
    }

    @Test
    void sortingByLowestRatingReordersTheList() {
        open("1");

        page.getByLabel("Sort by").selectOption("lowest");

        page.waitForFunction("() => document.querySelector('.pr-announce').textContent.includes('Lowest')");
        List<Integer> ratings = ratingsShown();
        assertThat(ratings).isSorted();
        assertThat(ratings.get(0)).isLessThanOrEqualTo(2);
    }

    @Test
    void aReviewWrittenWithTheKeyboardAppearsAtTheTopAndUpdatesTheSummary() {
        String product = newProduct();
        postThroughApi(product, 2);
        open(product);
        page.evaluate("() => { window.notReloaded = true; }");

        page.locator("input[name=rating]").first().focus();
        page.keyboard().press("ArrowRight");
        page.keyboard().press("ArrowRight");
        page.keyboard().press("ArrowRight");
        page.keyboard().press("Tab");
        page.keyboard().type("Keeps the rain out");
        page.keyboard().press("Tab");
        page.keyboard().type("Kari N.");
        page.keyboard().press("Tab");
        page.keyboard().type("Two nights of storms, dry inside.");
        page.keyboard().press("Tab");
        page.keyboard().press("Enter");

        page.waitForFunction("() => document.querySelectorAll('.pr-list > li').length === 2");
        assertThat(page.locator(".pr-list > li")
                        .first()
                        .locator(".pr-review-title")
                        .textContent())
                .isEqualTo("Keeps the rain out");
        assertThat(page.locator(".pr-average [role=img]").getAttribute("aria-label"))
                .isEqualTo("3.0 out of 5, 2 reviews");
        assertThat(page.locator(".pr-bar[data-stars='4'] .pr-bar-count").textContent())
                .isEqualTo("1 review, 50%");
        assertThat(page.locator(".pr-form-status").textContent())
                .isEqualTo("Thanks, your review is posted. 3.0 out of 5, 2 reviews.");
        assertThat(page.locator("input[name=title]").inputValue()).isEmpty();
        assertThat(page.evaluate("() => window.notReloaded")).isEqualTo(true);
        assertThat(page.evaluate("() => document.activeElement.type")).isEqualTo("submit");
        assertThat(Http.json(http.get("/api/products/" + product + "/reviews"))
                        .get("summary")
                        .get("count")
                        .asInt())
                .isEqualTo(2);
    }

    @Test
    void eachWrongFieldIsMarkedInvalidAndDescribedByItsMessage() {
        open(newProduct());
        page.locator("input[name=title]").fill("x".repeat(10));

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Post review"))
                .click();

        page.locator(".pr-error:not([hidden])").first().waitFor();
        Locator author = page.locator("input[name=author]");
        assertThat(author.getAttribute("aria-invalid")).isEqualTo("true");
        String errorId = author.getAttribute("aria-describedby");
        assertThat(page.locator("#" + errorId).textContent()).isEqualTo("Name is required.");
        assertThat(page.locator("input[name=title]").getAttribute("aria-invalid"))
                .isNull();
        assertThat(page.locator("input[name=rating]").first().getAttribute("aria-describedby"))
                .contains("-rating-hint")
                .contains("-rating-error");
        assertThat(page.evaluate("() => document.activeElement.name")).isEqualTo("rating");
        assertThat(page.locator(".pr-form-status").textContent())
                .isEqualTo("Please check 3 fields: rating, name, review.");
    }

    @Test
    void aRetryAfterANetworkFailureReusesTheIdempotencyKey() {
        String product = newProduct();
        open(product);
        var keys = new CopyOnWriteArrayList<String>();
        page.route("**/api/products/" + product + "/reviews", route -> {
            if (!"POST".equals(route.request().method())) {
                route.resume();
                return;
            }
            keys.add(route.request().headers().get("idempotency-key"));
            if (keys.size() == 1) {
                // the first attempt reaches the server but its answer is lost on the way back
                route.fetch();
                route.abort("connectionreset");
            } else {
                route.resume();
            }
        });

        fillValidReview("Second try");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Post review"))
                .click();

        page.waitForFunction("() => document.querySelectorAll('.pr-list > li').length === 1");
        assertThat(keys).hasSize(2);
        assertThat(keys.get(0)).matches("[0-9a-f-]{36}").isEqualTo(keys.get(1));
        assertThat(Http.json(http.get("/api/products/" + product + "/reviews"))
                        .get("summary")
                        .get("count")
                        .asInt())
                .isEqualTo(1);
    }

    @Test
    void aNewSubmissionGetsANewKey() {
        String product = newProduct();
        open(product);
        var keys = new CopyOnWriteArrayList<String>();
        page.onRequest(request -> {
            if ("POST".equals(request.method())) {
                keys.add(request.headers().get("idempotency-key"));
            }
        });

        fillValidReview("First");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Post review"))
                .click();
        page.waitForFunction("() => document.querySelectorAll('.pr-list > li').length === 1");
        fillValidReview("Second");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Post review"))
                .click();
        page.waitForFunction("() => document.querySelectorAll('.pr-list > li').length === 2");

        assertThat(keys).hasSize(2).doesNotHaveDuplicates();
    }

    @Test
    void markupInAReviewIsShownAsText() {
        String product = newProduct();
        open(product);
        String markup = "<img src=x onerror=\"window.pwned=true\"> <b>bold</b>";

        fillValidReview(markup);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Post review"))
                .click();

        page.waitForFunction("() => document.querySelectorAll('.pr-list > li').length === 1");
        assertThat(page.locator(".pr-list .pr-review-title").textContent()).isEqualTo(markup);
        assertThat(page.locator(".pr-list img, .pr-list b").count()).isZero();
        assertThat(page.evaluate("() => window.pwned === undefined")).isEqualTo(true);
    }

    @Test
    void theFirstReviewReplacesTheInvitation() {
        open(newProduct());
        assertThat(page.locator(".pr-empty").isVisible()).isTrue();
        assertThat(page.getByLabel("Sort by").isVisible()).isFalse();

        fillValidReview("The very first");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Post review"))
                .click();

        page.waitForFunction("() => document.querySelectorAll('.pr-list > li').length === 1");
        assertThat(page.locator(".pr-empty").isVisible()).isFalse();
        assertThat(page.locator(".pr-average-number").textContent()).isEqualTo("5.0");
        assertThat(page.getByLabel("Sort by").isVisible()).isTrue();
    }

    @Test
    void enhancingDoesNotShiftTheLayout() {
        page.route("**/assets/*.js", Route::abort);
        open("1", false);
        double withoutScript = fragmentHeight();
        page.unroute("**/assets/*.js");

        open("1");

        assertThat(fragmentHeight()).isEqualTo(withoutScript);
    }

    @Test
    void theFragmentFitsItsSlotFromPhoneToDesktopWithoutSideScrolling() {
        // 320: a slot of about 290 px; 832: a desktop reviews column of about 800 px
        for (int width : new int[] {320, 360, 832, 1280}) {
            page.setViewportSize(width, 900);
            open("1");

            assertThat(page.evaluate("() => document.documentElement.scrollWidth <= window.innerWidth"))
                    .as("no side scrolling at " + width + " px")
                    .isEqualTo(true);
            // the shell reserves space for the slot; this is the number to give it
            System.out.println("event=fragment_height width=" + width + " px=" + Math.round(fragmentHeight()));
        }
    }

    private void open(String product) {
        open(product, true);
    }

    private void open(String product, boolean enhanced) {
        String url = "http://127.0.0.1:" + app.port() + ShopPage.PATH + "/" + product;
        String html = ShopPage.html(http, product);
        page.route(
                url,
                route -> route.fulfill(new Route.FulfillOptions()
                        .setStatus(200)
                        .setContentType("text/html; charset=utf-8")
                        .setBody(html)));
        page.navigate(url);
        if (enhanced) {
            page.waitForFunction("() => document.querySelector('product-reviews').enhanced === true");
        }
    }

    private void fillValidReview(String title) {
        page.locator("label[for$='-rating-5']").click();
        page.getByLabel("Title").fill(title);
        page.getByLabel("Your name").fill("Olav");
        page.getByLabel("Your review").fill("Solid.");
    }

    private void postThroughApi(String product, int rating) {
        http.postJson(
                "/api/products/" + product + "/reviews", Http.review(rating, "Earlier", "Earlier review.", "Ben"));
    }

    private double fragmentHeight() {
        return ((Number)
                        page.evaluate("() => document.querySelector('product-reviews').getBoundingClientRect().height"))
                .doubleValue();
    }

    private List<Integer> ratingsShown() {
        return page.locator(".pr-list .pr-stars").all().stream()
                .map(stars -> Integer.parseInt(stars.getAttribute("aria-label").substring(0, 1)))
                .toList();
    }

    private List<String> seriousViolations() {
        List<Rule> violations = new AxeBuilder(page).analyze().getViolations();
        return violations.stream()
                .filter(rule -> "serious".equals(rule.getImpact()) || "critical".equals(rule.getImpact()))
                .map(rule -> rule.getId() + ": " + rule.getHelp() + " at "
                        + rule.getNodes().stream().map(n -> n.getHtml()).collect(Collectors.joining(" | ")))
                .toList();
    }

    private static String newProduct() {
        return "browser-" + PRODUCTS.incrementAndGet();
    }
}
