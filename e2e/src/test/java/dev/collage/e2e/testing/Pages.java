package dev.collage.e2e.testing;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.Request;
import com.microsoft.playwright.Response;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/** What a test waits for on a page of the shop before it looks at it as a visitor would. */
public final class Pages {

    private Pages() {}

    /**
     * Waits until every slot holds what it will hold (late fragments moved into place) and
     * returns each slot's outcome, so a test can tell an app's own fragment from a fallback.
     */
    @SuppressWarnings("unchecked")
    public static Map<String, String> awaitSlots(Page page) {
        page.waitForFunction("() => document.readyState === 'complete'"
                + " && document.querySelectorAll('.collage-slot[data-outcome=pending], .collage-late').length === 0");
        return new LinkedHashMap<>((Map<String, String>) page.evaluate("() => Object.fromEntries("
                + "[...document.querySelectorAll('.collage-slot')].map(s => [s.dataset.slot, s.dataset.outcome]))"));
    }

    /**
     * Waits until the scripts have done what they do on load: the weather card is wired and has
     * published its conditions, and every recommendations list shows the cards picked for them.
     * Without this a test could read a list the script is about to replace.
     */
    public static void awaitScripts(Page page) {
        page.waitForFunction("() => {"
                + " const weather = document.querySelector('weather-forecast[data-enhanced]');"
                + " if (!weather) return false;"
                + " const wanted = (weather.dataset.conditions || '').split(' ').filter(Boolean).join(',');"
                + " return [...document.querySelectorAll('product-recommendations')].every(list =>"
                + "   !list.querySelector('.grid') || ((list.dataset.weather || '') === wanted"
                + "     && !list.querySelector('.grid[aria-busy]')));"
                + "}");
    }

    public static String path(Response response) {
        return URI.create(response.url()).getRawPath();
    }

    public static String path(Request request) {
        return URI.create(request.url()).getRawPath();
    }

    /** The query of a URL as the server reads it: decoded, the first value of each name. */
    public static Map<String, String> query(String url) {
        var query = new LinkedHashMap<String, String>();
        String raw = URI.create(url).getRawQuery();
        if (raw == null) {
            return query;
        }
        for (String pair : raw.split("&")) {
            int eq = pair.indexOf('=');
            String name = eq < 0 ? pair : pair.substring(0, eq);
            String value = eq < 0 ? "" : pair.substring(eq + 1);
            query.putIfAbsent(decode(name), decode(value));
        }
        return query;
    }

    private static String decode(String text) {
        return URLDecoder.decode(text, StandardCharsets.UTF_8);
    }
}
