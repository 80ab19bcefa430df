package dev.collage.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.assertions.LocatorAssertions;
import dev.collage.e2e.testing.Pages;
import dev.collage.e2e.testing.ShopInChromium;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.opentest4j.AssertionFailedError;

/**
 * The composed pages, every app's fragment in place and its script run, at a phone's and a
 * desktop's width: axe-core's verdict, no sideways scrolling on a phone, and a name for every
 * control a screen reader announces.
 */
class AccessibilityTest {

    @RegisterExtension
    static final ShopInChromium browser = new ShopInChromium("accessibility");

    private static final Pattern NAMED = Pattern.compile("\\S");

    private Page page;

    @ParameterizedTest(name = "{0} at {2}x{3}")
    @CsvSource({
        "home,    /,           360,  800, phone",
        "home,    /,           1280, 900, desktop",
        "product, /products/1, 360,  800, phone",
        "product, /products/1, 1280, 900, desktop"
    })
    void axeFindsNoSeriousOrCriticalViolation(String name, String path, int width, int height, String device)
            throws IOException {
        open(path, width, height);
        Path shots = Files.createDirectories(screenshots());
        page.screenshot(
                new Page.ScreenshotOptions().setFullPage(true).setPath(shots.resolve(name + "-" + device + ".png")));

        List<Rule> violations = new AxeBuilder(page).analyze().getViolations();

        var blocking = new ArrayList<String>();
        var others = new ArrayList<String>();
        for (Rule rule : violations) {
            boolean serious = "serious".equals(rule.getImpact()) || "critical".equals(rule.getImpact());
            (serious ? blocking : others).add(describe(rule));
        }
        if (!others.isEmpty()) {
            System.out.printf("event=axe_minor page=%s width=%d violations=%s%n", path, width, others);
        }
        assertThat(blocking)
                .as("serious or critical on %s at %d px (the minor ones: %s)", path, width, others)
                .isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"/", "/products/1"})
    void nothingScrollsSidewaysOnAPhone(String path) {
        open(path, 360, 800);

        @SuppressWarnings("unchecked")
        var widths = (Map<String, Number>) page.evaluate("() => ({"
                + " scroll: document.documentElement.scrollWidth,"
                + " client: document.documentElement.clientWidth })");
        assertThat(widths.get("scroll").intValue())
                .as("page width at 360 px; wider: %s", widestElements())
                .isLessThanOrEqualTo(widths.get("client").intValue());
    }

    @ParameterizedTest
    @ValueSource(strings = {"/", "/products/1"})
    void everyFormControlHasAnAccessibleName(String path) {
        open(path, 1280, 900);
        Locator controls = page.locator("input:not([type=hidden]), select, textarea, button,"
                        + " [role=combobox], [role=listbox], [role=radio], [role=checkbox], [role=switch],"
                        + " [role=slider], [role=spinbutton], [role=textbox], [role=searchbox]")
                .filter(new Locator.FilterOptions().setVisible(true));
        int count = controls.count();
        // the unit switch, the city search, and on a product the cart button and the review form
        assertThat(count).isGreaterThanOrEqualTo(4);

        var unnamed = new ArrayList<String>();
        for (int i = 0; i < count; i++) {
            Locator control = controls.nth(i);
            try {
                assertThat(control)
                        .hasAccessibleName(NAMED, new LocatorAssertions.HasAccessibleNameOptions().setTimeout(1000));
            } catch (AssertionFailedError e) {
                unnamed.add((String) control.evaluate("e => e.outerHTML.slice(0, 200)"));
            }
        }
        assertThat(unnamed).as("controls without an accessible name on " + path).isEmpty();
    }

    private void open(String path, int width, int height) {
        page = browser.page(width, height);
        Response response = page.navigate(browser.shop().url(path).toString());
        assertThat(response.status()).isEqualTo(200);
        // a fallback would hide a broken fragment from every check here
        assertThat(Pages.awaitSlots(page))
                .allSatisfy((slot, outcome) -> assertThat(outcome).as(slot).isIn("ok", "cached"));
        Pages.awaitScripts(page);
    }

    private String widestElements() {
        return String.valueOf(page.evaluate("() => [...document.querySelectorAll('body *')]"
                + ".filter(e => e.getBoundingClientRect().right > document.documentElement.clientWidth + 0.5)"
                + ".slice(0, 8)"
                + ".map(e => e.tagName.toLowerCase() + (e.className && e.className.baseVal === undefined"
                + "   ? '.' + String(e.className).trim().replace(/\\s+/g, '.') : '')"
                + "   + ' right=' + Math.round(e.getBoundingClientRect().right))"));
    }

    private static String describe(Rule rule) {
        return rule.getId() + " (" + rule.getImpact() + "): " + rule.getHelp() + " at "
                + rule.getNodes().stream()
                        .map(node -> String.valueOf(node.getTarget()))
                        .collect(Collectors.joining(", "));
    }

    private static Path screenshots() {
        return Path.of(System.getProperty("collage.out", "target")).resolve("screenshots");
    }
}
