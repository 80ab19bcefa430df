package dev.collage.e2e.testing;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Debian's Chromium driven by Playwright, headless, kept from calling out to the internet. The
 * binary is {@code CHROMIUM_PATH} if set, else Debian's.
 */
public final class Chromium implements AutoCloseable {

    private static final List<String> CANDIDATES = List.of("/usr/lib/chromium/chromium", "/usr/bin/chromium");

    private final Playwright playwright;
    private final Browser browser;

    private Chromium(Playwright playwright, Browser browser) {
        this.playwright = playwright;
        this.browser = browser;
    }

    public static Chromium launch() {
        Path binary = binary();
        var playwright = Playwright.create(
                new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        var browser = playwright
                .chromium()
                .launch(new BrowserType.LaunchOptions()
                        .setExecutablePath(binary)
                        .setHeadless(true)
                        .setArgs(List.of(
                                "--no-sandbox", // as root Chromium refuses to start with its sandbox
                                "--disable-gpu",
                                "--disable-dev-shm-usage",
                                "--disable-background-networking",
                                "--disable-component-update",
                                "--disable-sync",
                                "--no-first-run")));
        return new Chromium(playwright, browser);
    }

    /** A fresh page (own cookies, own storage) with a viewport of {@code width} x {@code height}. */
    public Page page(int width, int height) {
        return browser.newContext(new Browser.NewContextOptions().setViewportSize(width, height))
                .newPage();
    }

    private static Path binary() {
        return Stream.concat(Stream.ofNullable(System.getenv("CHROMIUM_PATH")), CANDIDATES.stream())
                .map(Path::of)
                .filter(Files::isExecutable)
                .findFirst()
                .orElseThrow(() -> new IllegalStateException(
                        "no Chromium found; install Debian's (apt-get install -y chromium) or set CHROMIUM_PATH"));
    }

    @Override
    public void close() {
        browser.close();
        playwright.close();
    }
}
