package dev.collage.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import dev.collage.e2e.testing.Chromium;
import dev.collage.e2e.testing.Shop;
import org.junit.jupiter.api.Test;

/** One app down costs the page that app's slot, never the page. */
class FaultIsolationTest {

    @Test
    void withTheReviewsAppKilledThePageStillLoadsWithItsFallbackAndTheOtherApps() throws Exception {
        try (var shop = Shop.start("reviews-down");
                var chromium = Chromium.launch()) {
            shop.kill(Shop.Unit.REVIEWS);
            Page page = chromium.page(1280, 900);

            var response = page.navigate(shop.url("/products/2").toString());

            assertThat(response.status()).isEqualTo(200);
            var reviews = page.locator(".collage-slot[data-slot=reviews]");
            assertThat(reviews.getAttribute("data-outcome")).isIn("error", "timeout");
            assertThat(reviews.innerText()).containsIgnoringCase("unavailable");
            for (String slot : new String[] {"product", "forecast", "related"}) {
                assertThat(page.locator(".collage-slot[data-slot=" + slot + "]").getAttribute("data-outcome"))
                        .as(slot)
                        .isIn("ok", "cached");
            }
            page.screenshot(new Page.ScreenshotOptions()
                    .setFullPage(true)
                    .setPath(ShopInBrowserTest.screenshot("product-page-reviews-down.png")));
        }
    }
}
