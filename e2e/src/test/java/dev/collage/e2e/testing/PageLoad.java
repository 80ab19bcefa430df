package dev.collage.e2e.testing;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;

/**
 * Visitors asking for one page without pause, on a few threads, each time as a new visitor (no
 * cookies), so every request is spread over an app's releases by their weights. Every page is
 * read as a visitor would get it: its status, and which release of one app filled its slot and
 * linked its assets.
 */
public final class PageLoad implements AutoCloseable {

    /** One page as it arrived. */
    public record Page(long atNanos, int status, String outcome, String version, String assetVersion) {

        /** A page a visitor would call broken: an error status, a failed slot, or mixed releases. */
        public boolean broken() {
            return status != 200
                    || !(outcome.equals("ok") || outcome.equals("cached"))
                    || !version.equals(assetVersion);
        }
    }

    private final URI page;
    private final String app;
    private final String slot;
    private final Pattern assets;
    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final ExecutorService threads;
    private final AtomicBoolean running = new AtomicBoolean(true);
    private final List<Page> pages = new CopyOnWriteArrayList<>();
    private final List<String> errors = new CopyOnWriteArrayList<>();

    private PageLoad(URI page, String app, String slot, int threads) {
        this.page = page;
        this.app = app;
        this.slot = slot;
        this.assets = Pattern.compile("/apps/" + app + "/@([^/\"]+)/");
        this.threads = Executors.newFixedThreadPool(threads);
        for (int i = 0; i < threads; i++) {
            this.threads.submit(this::visit);
        }
    }

    /** Starts {@code threads} visitors on {@code page}, watching {@code app} in {@code slot}. */
    public static PageLoad start(URI page, String app, String slot, int threads) {
        return new PageLoad(page, app, slot, threads);
    }

    public List<Page> pages() {
        return List.copyOf(pages);
    }

    /** Requests that failed outright (no HTTP answer at all). */
    public List<String> errors() {
        return List.copyOf(errors);
    }

    /** When a page first showed {@code version}, or -1. */
    public long firstSeenNanos(String version) {
        return pages.stream()
                .filter(p -> p.version().equals(version))
                .mapToLong(Page::atNanos)
                .min()
                .orElse(-1);
    }

    private void visit() {
        while (running.get()) {
            try {
                var response = http.send(
                        HttpRequest.newBuilder(page)
                                .timeout(Duration.ofSeconds(10))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
                pages.add(read(response.statusCode(), response.body()));
            } catch (IOException e) {
                errors.add(e.toString());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private Page read(int status, String html) {
        var document = Jsoup.parse(html);
        var element = document.selectFirst(".collage-late[data-slot=" + slot + "]");
        if (element == null) {
            element = document.selectFirst(".collage-slot[data-slot=" + slot + "]");
        }
        String outcome = element == null ? "missing" : element.attr("data-outcome");
        String version = element == null ? "" : element.attr("data-version");
        Matcher linked = assets.matcher(document.head().html());
        return new Page(System.nanoTime(), status, outcome, version, linked.find() ? linked.group(1) : "");
    }

    @Override
    public void close() {
        running.set(false);
        threads.shutdown();
        try {
            threads.awaitTermination(20, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The broken pages, described, for an assertion message. */
    public List<String> broken() {
        var broken = new ArrayList<String>();
        pages.stream().filter(Page::broken).forEach(p -> broken.add(p.toString()));
        return broken;
    }
}
