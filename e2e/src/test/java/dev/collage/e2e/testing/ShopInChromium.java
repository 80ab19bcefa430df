package dev.collage.e2e.testing;

import com.microsoft.playwright.Page;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * One shop and one Chromium for a test class, and fresh pages (each its own browser context:
 * own cookies, own storage) for its tests, closed after each test:
 *
 * <pre>{@code @RegisterExtension static final ShopInChromium browser = new ShopInChromium("journeys");}</pre>
 */
public final class ShopInChromium implements BeforeAllCallback, AfterEachCallback, AfterAllCallback {

    private final String name;
    private final List<Page> pages = new ArrayList<>();
    private Shop shop;
    private Chromium chromium;

    public ShopInChromium(String name) {
        this.name = name;
    }

    public Shop shop() {
        return shop;
    }

    /** A new page in a new browser context, with a viewport of {@code width} x {@code height}. */
    public Page page(int width, int height) {
        var page = chromium.page(width, height);
        pages.add(page);
        return page;
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        shop = Shop.start(name);
        chromium = Chromium.launch();
    }

    @Override
    public void afterEach(ExtensionContext context) {
        pages.forEach(page -> page.context().close());
        pages.clear();
    }

    @Override
    public void afterAll(ExtensionContext context) {
        if (chromium != null) {
            chromium.close();
        }
        if (shop != null) {
            shop.close();
        }
    }
}
