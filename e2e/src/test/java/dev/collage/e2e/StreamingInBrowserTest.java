package dev.collage.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import dev.collage.e2e.testing.Chromium;
import dev.collage.e2e.testing.Shop;
import dev.collage.e2e.testing.SlowLink;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * One slow or broken app costs only its own slot, as a visitor sees it: the weather app is
 * reached through a link the test makes slow, hang or heal.
 */
class StreamingInBrowserTest {

    /** Records, for each slot, when (ms since navigation) its content was first on the page. */
    private static final String SLOT_CLOCK = """
            window.__slotShownAt = {};
            new MutationObserver(() => {
              document.querySelectorAll('.collage-slot').forEach(slot => {
                const name = slot.dataset.slot;
                if (!(name in window.__slotShownAt) && slot.dataset.outcome !== 'pending'
                    && slot.firstElementChild) {
                  window.__slotShownAt[name] = performance.now();
                }
              });
            }).observe(document, { subtree: true, childList: true, attributes: true });
            window.__layoutShift = 0;
            new PerformanceObserver(list => {
              for (const entry of list.getEntries()) {
                if (!entry.hadRecentInput) window.__layoutShift += entry.value;
              }
            }).observe({ type: 'layout-shift', buffered: true });
            """;

    private static Chromium chromium;
    private final SlowLink weatherLink = new SlowLink();

    @BeforeAll
    static void launch() {
        chromium = Chromium.launch();
    }

    @AfterAll
    static void quit() {
        if (chromium != null) {
            chromium.close();
        }
    }

    @AfterEach
    void cutLink() {
        weatherLink.close();
    }

    /**
     * The shop with the weather app behind the test's link, and no fragment cache, so that every
     * page really goes through the link.
     */
    private Shop shop(Map<String, String> settings) {
        var env = new HashMap<>(settings);
        env.put("COLLAGE_COMPOSITION_CACHE_SIZE", "0");
        return Shop.start("streaming", env, Map.of(Shop.Unit.WEATHER, weatherLink));
    }

    @Test
    void withOneAppTwoSecondsLateTheOthersShowLongBeforeIt() {
        try (var shop = shop(Map.of("COLLAGE_APPS_WEATHER_TIMEOUT", "5s", "COLLAGE_COMPOSITION_PAGE_BUDGET", "6s"))) {
            // a first page warms every process up, so the figures below are the steady state
            loadTimes(shop, "/products/4", 1);
            weatherLink.delayContent(Duration.ofSeconds(2));
            Page page = chromium.page(1280, 900);
            page.addInitScript(SLOT_CLOCK);
            page.navigate(shop.url("/products/4").toString());
            page.waitForFunction("() => Object.keys(window.__slotShownAt).length === 4");

            @SuppressWarnings("unchecked")
            var shownAt = (Map<String, Number>) page.evaluate("() => window.__slotShownAt");
            System.out.println("event=slots_visible delayed=forecast:2000ms shown_at_ms=" + shownAt);
            double forecast = shownAt.get("forecast").doubleValue();
            assertThat(forecast).isGreaterThan(2000);
            for (String slot : List.of("product", "related", "reviews")) {
                assertThat(shownAt.get(slot).doubleValue())
                        .as(slot + " shown at")
                        .isLessThan(forecast / 2);
            }
            assertThat(page.locator("#collage-slot-forecast weather-forecast").count())
                    .isEqualTo(1);
            // the late slot filled the space kept for it: a cumulative layout shift that counts as good
            double shift = ((Number) page.evaluate("() => window.__layoutShift")).doubleValue();
            System.out.println("event=layout_shift late=forecast cls=" + shift);
            assertThat(shift).isLessThan(0.1);
            page.context().close();
        } finally {
            weatherLink.heal();
        }
    }

    @Test
    void withOneAppHangingThePageCompletesAtItsDeadlineWithTheFallback() {
        try (var shop = shop(Map.of("COLLAGE_APPS_WEATHER_TIMEOUT", "1s"))) {
            weatherLink.hangContent();
            Page page = chromium.page(1280, 900);
            long started = System.nanoTime();
            page.navigate(shop.url("/products/5").toString());
            long loadedMs = (System.nanoTime() - started) / 1_000_000;

            var forecast = page.locator("#collage-slot-forecast");
            assertThat(forecast.getAttribute("data-outcome")).isEqualTo("timeout");
            assertThat(forecast.innerText()).containsIgnoringCase("taking a break");
            assertThat(page.locator("#collage-slot-reviews").getAttribute("data-outcome"))
                    .isIn("ok", "cached");
            // the deadline is 1 s; the hang would be minutes
            assertThat(loadedMs).isLessThan(10_000);
            page.context().close();
        }
    }

    @Test
    void withItsCircuitOpenAHangingAppCostsThePageNoTimeAtAll() {
        try (var shop = shop(Map.of(
                "COLLAGE_APPS_WEATHER_TIMEOUT", "1s",
                "COLLAGE_APPS_WEATHER_CIRCUIT_WINDOW", "4",
                "COLLAGE_APPS_WEATHER_CIRCUIT_MIN_CALLS", "4",
                "COLLAGE_APPS_WEATHER_CIRCUIT_OPEN_FOR", "60s"))) {
            var healthy = loadTimes(shop, "/products/6", 5);
            weatherLink.hangContent();
            var opening = loadTimes(shop, "/products/7", 4);
            var open = loadTimes(shop, "/products/8", 5);
            Page page = chromium.page(1280, 900);
            page.navigate(shop.url("/products/8").toString());
            assertThat(page.locator("#collage-slot-forecast").getAttribute("data-outcome"))
                    .isEqualTo("circuit-open");
            page.context().close();

            long healthyMedian = median(healthy);
            System.out.println(
                    "event=page_load_ms healthy=" + healthy + " circuit_closing=" + opening + " circuit_open=" + open);
            assertThat(median(opening))
                    .as("while the circuit closes, each page waits the deadline")
                    .isGreaterThan(900);
            assertThat(median(open))
                    .as("open circuit vs healthy (" + healthyMedian + " ms)")
                    .isLessThan(2 * healthyMedian + 200);
        }
    }

    private static List<Long> loadTimes(Shop shop, String path, int count) {
        var times = new ArrayList<Long>();
        for (int i = 0; i < count; i++) {
            Page page = chromium.page(1280, 900);
            long started = System.nanoTime();
            page.navigate(shop.url(path).toString());
            times.add((System.nanoTime() - started) / 1_000_000);
            page.context().close();
        }
        return times;
    }

    private static long median(List<Long> values) {
        var sorted = new ArrayList<>(values);
        sorted.sort(null);
        return sorted.get(sorted.size() / 2);
    }
}
