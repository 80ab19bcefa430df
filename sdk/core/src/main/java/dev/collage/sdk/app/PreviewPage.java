package dev.collage.sdk.app;

import dev.collage.sdk.browser.BrowserBus;
import dev.collage.sdk.context.PodiumHeaders;
import dev.collage.sdk.manifest.CssAsset;
import dev.collage.sdk.manifest.JsAsset;
import dev.collage.sdk.manifest.Manifest;
import io.javalin.http.Context;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * {@code GET /_preview?<fragment parameters>}: the app's fragment in a whole page, with its
 * CSS, its JS and the browser bus, as a team sees it while working on the app alone. The
 * public pathname is {@code /}, so the fragment's JS calls the app's API directly. Off unless
 * {@code COLLAGE_PREVIEW=true}: in production only the shell serves pages.
 */
final class PreviewPage {

    static final String PATH = "/_preview";
    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final Manifest manifest;

    PreviewPage(Manifest manifest) {
        this.manifest = manifest;
    }

    static boolean enabled() {
        return "true".equalsIgnoreCase(System.getenv("COLLAGE_PREVIEW"));
    }

    void serve(Context ctx) throws Exception {
        String query = ctx.queryString() == null ? "" : "?" + ctx.queryString();
        var self = URI.create("http://127.0.0.1:" + ctx.port() + manifest.content() + query);
        var request = HttpRequest.newBuilder(self)
                .timeout(Duration.ofSeconds(10))
                .header(PodiumHeaders.PUBLIC_PATHNAME, "/")
                .header(PodiumHeaders.REQUESTED_BY, "preview");
        String locale = ctx.header("Accept-Language");
        if (locale != null && !locale.isBlank()) {
            request.header(PodiumHeaders.LOCALE, locale.split("[,;]")[0].strip());
        }
        var fragment = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        var page = new StringBuilder(8192)
                .append("<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\">")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
                .append("<title>")
                .append(manifest.name())
                .append(' ')
                .append(manifest.version())
                .append(" preview</title><script>")
                .append(BrowserBus.script())
                .append("</script>");
        for (CssAsset css : manifest.css()) {
            page.append("<link rel=\"stylesheet\" href=\"").append(css.value()).append("\">");
        }
        for (JsAsset js : manifest.js()) {
            page.append("<script src=\"")
                    .append(js.value())
                    .append(js.isModule() ? "\" type=\"module\"></script>" : "\" defer></script>");
        }
        page.append("</head><body style=\"font-family:system-ui,sans-serif;max-width:72rem;margin:2rem auto;")
                .append("padding:0 1rem;background:#f4f1ea\"><main>")
                .append(fragment.body())
                .append("</main></body></html>");
        ctx.status(fragment.statusCode())
                .contentType("text/html; charset=utf-8")
                .result(page.toString());
    }
}
