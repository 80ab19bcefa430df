package dev.collage.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Request;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.AriaRole;
import dev.collage.e2e.testing.Pages;
import dev.collage.e2e.testing.ShopInChromium;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * What a visitor does in the shop, in a real Chromium against the four real processes: write a
 * review, pick a city, follow a recommendation, switch units. Each test uses its own product
 * (or page), so what one writes never shows up in another.
 */
class ShopJourneysTest {

    @RegisterExtension
    static final ShopInChromium browser = new ShopInChromium("journeys");

    /** Cities that are hot whatever the month; the first one the forecast calls hot is used. */
    private static final List<String[]> HOT = List.of(
            new String[] {"singapore", "Singap"},
            new String[] {"bangkok", "Bangk"},
            new String[] {"mumbai", "Mumba"},
            new String[] {"dubai", "Duba"},
            new String[] {"phoenix", "Phoen"});

    /**
     * Cold, snowy or wet cities of both hemispheres, so that on any day one of them has weather
     * that ranks gear differently from a hot city.
     */
    private static final List<String[]> NOT_HOT = List.of(
            new String[] {"tromso", "Troms"},
            new String[] {"reykjavik", "Reykj"},
            new String[] {"anchorage", "Ancho"},
            new String[] {"banff", "Banf"},
            new String[] {"ushuaia", "Ushu"},
            new String[] {"bergen", "Berge"},
            new String[] {"seattle", "Seatt"},
            new String[] {"edinburgh", "Edinb"},
            new String[] {"dublin", "Dubl"},
            new String[] {"bogota", "Bogot"});

    private Page page;
    private final List<Request> requests = new CopyOnWriteArrayList<>();

    @BeforeEach
    void openPage() {
        page = browser.page(1280, 900);
        page.onRequest(requests::add);
    }

    // ---- reviews ----

    @Test
    void aReviewWrittenWithTheKeyboardAloneAppearsAtTheTopWithoutAReload() {
        open("/products/3");
        Locator reviews = page.locator("#collage-slot-reviews product-reviews");
        int countBefore = leadingNumber(reviews.locator(".pr-average-count").textContent());
        int fourStarsBefore = leadingNumber(
                reviews.locator(".pr-bar[data-stars='4'] .pr-bar-count").textContent());
        page.evaluate("() => { window.__marker = 'set before posting'; }");
        String pageUrl = page.url();

        tabTo(reviews.locator("input[name=rating]").first());
        page.keyboard().press("Space");
        for (int i = 0; i < 3; i++) {
            page.keyboard().press("ArrowRight");
        }
        Locator fourStars = radio(reviews, "4 stars");
        assertThat(fourStars).isChecked();
        assertThat(fourStars).isFocused();
        page.keyboard().press("Tab");
        assertThat(textbox(reviews, "Title")).isFocused();
        page.keyboard().type("Dry through a three-day storm");
        page.keyboard().press("Tab");
        assertThat(textbox(reviews, "Your name")).isFocused();
        page.keyboard().type("Astrid");
        page.keyboard().press("Tab");
        assertThat(textbox(reviews, "Your review")).isFocused();
        page.keyboard().type("Hood stays put in the wind; pit zips help on the climbs.");
        page.keyboard().press("Tab");
        Locator post = reviews.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Post review"));
        assertThat(post).isFocused();
        Response posted = page.waitForResponse(
                r -> "POST".equals(r.request().method()), () -> page.keyboard().press("Enter"));

        assertThat(Pages.path(posted)).matches("/apps/reviews/@[^/]+/api/products/3/reviews");
        assertThat(posted.status()).isEqualTo(201);
        Locator newest = reviews.locator(".pr-list > li").first();
        assertThat(newest.locator(".pr-review-title")).hasText("Dry through a three-day storm");
        assertThat(newest.locator(".pr-review-author")).hasText("Astrid");
        assertThat(newest.getByRole(AriaRole.IMG)).hasAccessibleName("4 out of 5 stars");
        assertThat(reviews.locator(".pr-average-count")).hasText((countBefore + 1) + " reviews");
        assertThat(reviews.locator(".pr-stars-large"))
                .hasAccessibleName(Pattern.compile(", " + (countBefore + 1) + " reviews$"));
        assertThat(leadingNumber(
                        reviews.locator(".pr-bar[data-stars='4'] .pr-bar-count").textContent()))
                .isEqualTo(fourStarsBefore + 1);
        assertThat(reviews.locator(".pr-form-status")).containsText("your review is posted");
        assertThat(textbox(reviews, "Title")).isEmpty();
        // the same document: a reload or a form post would have dropped the marker
        assertThat(page.evaluate("() => window.__marker")).isEqualTo("set before posting");
        assertThat(page.url()).isEqualTo(pageUrl);
        assertOnlyTheShellWasAsked();
    }

    @Test
    void aReviewWithoutRatingAndTitleShowsEachFieldsErrorAndStoresNothing() {
        open("/products/6");
        Locator reviews = page.locator("#collage-slot-reviews product-reviews");
        String countBefore = reviews.locator(".pr-average-count").textContent();
        textbox(reviews, "Your name").fill("Ola");
        textbox(reviews, "Your review").fill("Forgot the stars and the title.");

        Response refused = page.waitForResponse(r -> "POST".equals(r.request().method()), () -> reviews.getByRole(
                        AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Post review"))
                .press("Enter"));

        assertThat(Pages.path(refused)).matches("/apps/reviews/@[^/]+/api/products/6/reviews");
        assertThat(refused.status()).isEqualTo(400);
        Locator ratingError = reviews.locator(".pr-error[id$='-rating-error']");
        Locator titleError = reviews.locator(".pr-error[id$='-title-error']");
        assertThat(ratingError).isVisible();
        assertThat(ratingError).hasText(Pattern.compile("^Rating .*required"));
        assertThat(titleError).isVisible();
        assertThat(titleError).hasText(Pattern.compile("^Title .*required"));
        assertThat(reviews.locator(".pr-error[id$='-author-error']")).isHidden();
        assertThat(reviews.locator(".pr-error[id$='-body-error']")).isHidden();

        Locator stars = reviews.getByRole(AriaRole.RADIO);
        assertThat(stars).hasCount(5);
        for (int i = 0; i < 5; i++) {
            assertThat(stars.nth(i)).hasAttribute("aria-invalid", "true");
            assertThat(stars.nth(i)).hasAccessibleDescription(Pattern.compile("Rating .*required"));
        }
        Locator title = textbox(reviews, "Title");
        assertThat(title).hasAttribute("aria-invalid", "true");
        assertThat(title).hasAccessibleDescription(Pattern.compile("Title .*required"));
        assertThat(textbox(reviews, "Your name")).not().hasAttribute("aria-invalid", "true");
        assertThat(textbox(reviews, "Your review")).not().hasAttribute("aria-invalid", "true");
        assertThat(reviews.locator(".pr-form-status")).hasText(Pattern.compile("Please check 2 fields: rating, title"));
        // a keyboard user lands on the first field to fix
        assertThat(stars.first()).isFocused();
        // what was typed stays, and nothing was added
        assertThat(textbox(reviews, "Your review")).hasValue("Forgot the stars and the title.");
        assertThat(reviews.locator(".pr-average-count")).hasText(countBefore);
    }

    // ---- weather and recommendations ----

    @Test
    void aCityPickedWithTheKeyboardChangesTheForecastAndTheRecommendationsAndIsRemembered() {
        City hot = firstCity(HOT, c -> c.conditions.contains("hot"));
        City other = firstCity(
                NOT_HOT,
                c -> !c.conditions.contains("hot")
                        && (c.conditions.contains("cold")
                                || c.conditions.contains("snow")
                                || c.conditions.contains("rain")));
        open("/products/1");
        Locator card = page.locator("#collage-slot-forecast weather-forecast");
        Locator related = page.locator("#collage-slot-related product-recommendations");

        Response hotForecast = page.waitForResponse(
                r -> Pages.path(r).endsWith("/forecast"), () -> pickCityWithTheKeyboard(card, hot));

        assertThat(Pages.path(hotForecast)).matches("/apps/weather/@[^/]+/api/forecast");
        assertThat(Pages.query(hotForecast.url())).containsEntry("city", hot.id);
        assertThat(card.locator(".wf-title")).hasText("Weather in " + hot.name);
        assertThat(related.locator(".note")).hasText(Pattern.compile(" in " + literal(hot.name) + "$"));
        List<String> hotPicks = cardIds(related);

        var recommended = new ArrayList<Response>();
        Response otherForecast = page.waitForResponse(
                r -> Pages.path(r).endsWith("/forecast"),
                () -> recommended.add(page.waitForResponse(
                        r -> Pages.path(r).endsWith("/recommendations"), () -> pickCityWithTheKeyboard(card, other))));

        assertThat(Pages.path(otherForecast)).matches("/apps/weather/@[^/]+/api/forecast");
        assertThat(Pages.query(otherForecast.url())).containsEntry("city", other.id);
        assertThat(otherForecast.status()).isEqualTo(200);
        Response recommendations = recommended.get(0);
        assertThat(Pages.path(recommendations)).matches("/apps/recommendations/@[^/]+/api/recommendations");
        assertThat(Pages.query(recommendations.url()))
                .containsEntry("product", "1")
                .containsEntry("weather", String.join(",", other.conditions));
        assertThat(recommendations.status()).isEqualTo(200);
        assertThat(card.locator(".wf-title")).hasText("Weather in " + other.name);
        assertThat(related.locator(".note")).hasText(Pattern.compile(" in " + literal(other.name) + "$"));
        assertThat(cardIds(related))
                .as("picks for %s %s against %s %s", hot.id, hot.conditions, other.id, other.conditions)
                .isNotEqualTo(hotPicks);
        assertOnlyTheShellWasAsked();

        Response reloaded = page.reload();

        assertThat(reloaded.status()).isEqualTo(200);
        // the shell passed the cookie to the weather app, which rendered the city itself
        assertThat(reloaded.text()).contains("data-city=\"" + other.id + "\"");
        assertThat(card.locator(".wf-title")).hasText("Weather in " + other.name);
    }

    @Test
    void followingARecommendationLandsOnThatProductsPage() {
        open("/products/4");
        Locator first = page.locator("#collage-slot-related product-recommendations li.card")
                .first();
        String name = first.locator(".name").textContent().strip();
        String id = first.getAttribute("data-id");
        assertThat(id).isNotEqualTo("4");

        Response landed =
                page.waitForResponse(r -> r.request().isNavigationRequest(), () -> first.getByRole(AriaRole.LINK)
                        .click());

        assertThat(landed.status()).isEqualTo(200);
        assertThat(Pages.path(landed)).isEqualTo("/products/" + id);
        page.waitForURL(browser.shop().url("/products/" + id).toString());
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText(name);
        assertThat(page).hasTitle(Pattern.compile("^" + literal(name)));
    }

    @Test
    void theUnitSwitchShowsTheTemperaturesInTheOtherUnitAndIsRemembered() {
        open("/");
        Locator card = page.locator("#collage-slot-forecast weather-forecast");
        String from = card.locator(".wf-units button[aria-pressed=true]").getAttribute("data-units");
        String to = "c".equals(from) ? "f" : "c";
        String symbol = "f".equals(to) ? "°F" : "°C";
        double celsius = Double.parseDouble(card.getAttribute("data-temperature-c"));
        List<String> daysBefore =
                card.locator(".wf-days [data-wf=high], .wf-days [data-wf=low]").allTextContents();

        Response forecast = page.waitForResponse(r -> Pages.path(r).endsWith("/forecast"), () -> card.getByRole(
                        AriaRole.BUTTON, new Locator.GetByRoleOptions().setName(symbol))
                .click());

        assertThat(Pages.path(forecast)).matches("/apps/weather/@[^/]+/api/forecast");
        assertThat(Pages.query(forecast.url())).containsEntry("units", to);
        assertThat(card.locator(".wf-now [data-wf=unit]")).hasText(symbol);
        assertThat(card.locator(".wf-units button[data-units=" + to + "]")).hasAttribute("aria-pressed", "true");
        assertThat(card.locator(".wf-units button[data-units=" + from + "]")).hasAttribute("aria-pressed", "false");
        double expected = "f".equals(to) ? celsius * 9 / 5 + 32 : celsius;
        int now = Integer.parseInt(card.locator(".wf-now [data-wf=temperature]").textContent());
        // the API rounds to a tenth and the card to a whole degree
        assertThat((double) now).isCloseTo(expected, within(1.0));
        assertThat(card.locator(".wf-days [data-wf=high], .wf-days [data-wf=low]")
                        .allTextContents())
                .isNotEqualTo(daysBefore);

        page.reload();

        assertThat(card.locator(".wf-now [data-wf=unit]")).hasText(symbol);
    }

    // ---- helpers ----

    private record City(String id, String name, String prefix, List<String> conditions) {}

    private void open(String path) {
        Response response = page.navigate(browser.shop().url(path).toString());
        assertThat(response.status()).isEqualTo(200);
        Map<String, String> outcomes = Pages.awaitSlots(page);
        assertThat(outcomes)
                .as("every slot filled by its app")
                .allSatisfy((slot, outcome) -> assertThat(outcome).as(slot).isIn("ok", "cached"));
        Pages.awaitScripts(page);
    }

    /** Asks the weather API, as the browser would, which candidate has the weather wanted today. */
    @SuppressWarnings("unchecked")
    private City firstCity(List<String[]> candidates, Predicate<City> wanted) {
        var seen = new ArrayList<String>();
        for (String[] candidate : candidates) {
            var answer = page.request()
                    .get(browser.shop()
                            .url("/apps/weather/api/forecast?units=c&city=" + candidate[0])
                            .toString());
            assertThat(answer.status()).as(candidate[0]).isEqualTo(200);
            var forecast = (Map<String, Object>) page.evaluate("text => JSON.parse(text)", answer.text());
            var city = new City(
                    candidate[0],
                    (String) ((Map<String, Object>) forecast.get("city")).get("name"),
                    candidate[1],
                    (List<String>) forecast.get("conditions"));
            if (wanted.test(city)) {
                return city;
            }
            seen.add(city.id + " " + city.conditions);
        }
        throw new AssertionError("no candidate city has the weather this test needs today: " + seen);
    }

    private void pickCityWithTheKeyboard(Locator card, City city) {
        Locator search = card.getByRole(
                AriaRole.COMBOBOX, new Locator.GetByRoleOptions().setName("Show weather for another city"));
        tabTo(search);
        page.keyboard().type(city.prefix);
        Locator option = card.getByRole(AriaRole.OPTION).first();
        assertThat(option).isVisible();
        assertThat(option).containsText(city.name);
        page.keyboard().press("ArrowDown");
        assertThat(option).hasAttribute("aria-selected", "true");
        assertThat(search).hasAttribute("aria-activedescendant", option.getAttribute("id"));
        page.keyboard().press("Enter");
    }

    /** Presses Tab, as a keyboard user does, until the element has the focus. */
    private void tabTo(Locator target) {
        for (int presses = 0; presses < 80; presses++) {
            if ((Boolean) target.evaluate("e => e === document.activeElement")) {
                return;
            }
            page.keyboard().press("Tab");
        }
        throw new AssertionError("80 presses of Tab never reached " + target);
    }

    private static Locator radio(Locator scope, String name) {
        return scope.getByRole(
                AriaRole.RADIO, new Locator.GetByRoleOptions().setName(name).setExact(true));
    }

    private static Locator textbox(Locator scope, String name) {
        return scope.getByRole(
                AriaRole.TEXTBOX, new Locator.GetByRoleOptions().setName(name).setExact(true));
    }

    private static List<String> cardIds(Locator list) {
        var ids = (List<?>) list.locator("li.card").evaluateAll("cards => cards.map(c => c.dataset.id)");
        return ids.stream().map(String::valueOf).toList();
    }

    /** Text as a regular expression the browser reads the same way (it knows no \Q...\E). */
    private static String literal(String text) {
        return text.replaceAll("[\\\\^$.|?*+()\\[\\]{}]", "\\\\$0");
    }

    private static int leadingNumber(String text) {
        var matcher = Pattern.compile("^\\s*(\\d+)").matcher(text);
        assertThat(matcher.find()).as("a number at the start of '%s'", text).isTrue();
        return Integer.parseInt(matcher.group(1));
    }

    /** The browser reaches the apps only through the shell, never on their own ports. */
    private void assertOnlyTheShellWasAsked() {
        URI shell = browser.shop().url("/");
        assertThat(requests)
                .filteredOn(r -> r.url().startsWith("http"))
                .isNotEmpty()
                .allSatisfy(r -> assertThat(URI.create(r.url()).getAuthority())
                        .as(r.url())
                        .isEqualTo(shell.getAuthority()));
    }
}
