package dev.collage.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import dev.collage.e2e.testing.ShopInChromium;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The product page as a visitor sees it: every app's fragment, each with its own styles. */
class ShopInBrowserTest {

    @RegisterExtension
    static final ShopInChromium browser = new ShopInChromium("shop");

    /** Each slot's app and the root element its fragment must put on the page. */
    private static final Map<String, String> ROOTS = Map.of(
            "product", "product-header",
            "forecast", "weather-forecast",
            "related", "product-recommendations",
            "reviews", "product-reviews");

    private Page page;

    @BeforeEach
    void openPage() {
        page = browser.page(1280, 900);
    }

    @Test
    void theProductPageShowsAllThreeAppsWithTheirOwnStyles() {
        var response = page.navigate(browser.shop().url("/products/1").toString());

        assertThat(response.status()).isEqualTo(200);
        ROOTS.forEach((slot, root) -> {
            var element = page.locator(".collage-slot[data-slot=" + slot + "] > " + root);
            assertThat(element.count()).as(root + " in slot " + slot).isEqualTo(1);
            // the app's own fragment, fetched now or kept as its Cache-Control allows
            assertThat(page.locator(".collage-slot[data-slot=" + slot + "]").getAttribute("data-outcome"))
                    .isIn("ok", "cached");
            assertThat(element.innerText()).as(root + " text").isNotBlank();
            // a custom element is inline until its app's stylesheet says otherwise
            assertThat(element.evaluate("e => getComputedStyle(e).display"))
                    .as(root + " styled")
                    .isNotEqualTo("inline");
        });
        @SuppressWarnings("unchecked")
        List<String> sheets =
                (List<String>) page.evaluate("() => [...document.styleSheets].map(s => s.href).filter(Boolean)");
        assertThat(sheets)
                .anyMatch(h -> h.matches(".*/apps/weather/@[^/]+/assets/.*"))
                .anyMatch(h -> h.matches(".*/apps/reviews/@[^/]+/assets/.*"))
                .anyMatch(h -> h.matches(".*/apps/recommendations/@[^/]+/assets/.*"));
        page.screenshot(new Page.ScreenshotOptions().setFullPage(true).setPath(screenshot("product-page.png")));
    }

    @Test
    void anUnknownProductIsTheShopsNotFoundPage() {
        var response =
                page.navigate(browser.shop().url("/products/no-such-thing").toString());

        assertThat(response.status()).isEqualTo(404);
        assertThat(page.locator("h1").innerText()).isEqualTo("We could not find that page");
    }

    static Path screenshot(String name) {
        return Path.of(System.getProperty("collage.out", "target")).resolve(name);
    }
}
