package dev.collage.reviews.browser;

import com.fasterxml.jackson.databind.JsonNode;
import dev.collage.reviews.testing.Http;

/**
 * A product page of a pretend shop around the real fragment, served from the app's own
 * origin (as the shell does through its proxy), so the fragment's script calls the real API.
 */
final class ShopPage {

    static final String PATH = "/test-shop/product";

    private ShopPage() {}

    static String html(Http http, String product) {
        var fragment = http.get("/content?product=" + product, "podium-public-pathname", "/");
        if (fragment.statusCode() != 200) {
            throw new IllegalStateException("the fragment answered " + fragment.statusCode());
        }
        JsonNode manifest = Http.json(http.get("/manifest.json"));
        return "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                + "<title>Trail tent - Trailhead Outfitters</title>"
                + "<link rel=\"stylesheet\" href=\""
                + manifest.get("css").get(0).get("value").asText() + "\">"
                + "<script type=\"module\" src=\""
                + manifest.get("js").get(0).get("value").asText() + "\"></script>"
                + "</head><body style=\"margin:0;padding:1rem;background:#f4f1ea\">"
                + "<main><h1>Trail tent</h1>" + fragment.body() + "</main></body></html>";
    }
}
