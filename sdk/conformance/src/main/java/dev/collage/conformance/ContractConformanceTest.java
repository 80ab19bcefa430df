package dev.collage.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.collage.sdk.app.AppInfo;
import dev.collage.sdk.context.PodiumContext;
import dev.collage.sdk.manifest.CssAsset;
import dev.collage.sdk.manifest.JsAsset;
import dev.collage.sdk.manifest.Manifest;
import dev.collage.sdk.manifest.ManifestParser;
import dev.collage.sdk.manifest.ManifestUrls;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The contract, as tests. An app's own test extends this class, starts the app on a free
 * port in {@link #startApp()}, and inherits one test per rule:
 *
 * <pre>{@code
 * class WeatherConformanceTest extends ContractConformanceTest {
 *     protected RunningApp startApp() {
 *         var server = WeatherMain.server(WeatherConfig.defaults()).start("127.0.0.1", 0);
 *         return RunningApp.onLocalPort(server.port(), server::stop);
 *     }
 * }
 * }</pre>
 *
 * Requests carry the {@code podium-*} headers a Collage shell sends, so the app answers as it
 * would in a page.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class ContractConformanceTest {

    private static final Duration DEADLINE = Duration.ofSeconds(10);
    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(DEADLINE).build();
    private RunningApp app;
    private URI manifestUri;
    private Manifest manifest;

    /** Starts the app under test on a free port. Called once, before every rule is checked. */
    protected abstract RunningApp startApp() throws Exception;

    /** The query parameters a page's slot passes to the fragment; none by default. */
    protected Map<String, String> contentParameters() {
        return Map.of();
    }

    @BeforeAll
    final void startAndReadManifest() throws Exception {
        app = startApp();
        manifestUri = app.baseUri().resolve("manifest.json");
        var response = get(manifestUri);
        assertEquals(200, response.statusCode(), "GET " + manifestUri + " must answer 200");
        manifest = ManifestParser.parse(response.body(), manifestUri.toString());
    }

    @AfterAll
    final void stopApp() throws Exception {
        if (app != null) {
            app.close();
        }
    }

    @Test
    void manifestNameAndVersionAreTheBuilds() {
        var build = AppInfo.load(getClass());
        assertEquals(build.name(), manifest.name(), "manifest name must be the name in " + AppInfo.RESOURCE);
        assertEquals(
                build.version(),
                manifest.version(),
                "manifest version must be the version the build wrote into " + AppInfo.RESOURCE);
    }

    @Test
    void manifestIsServedAsJsonWithItsVersion() throws Exception {
        var response = get(manifestUri);
        assertTrue(
                response.headers().firstValue("content-type").orElse("").startsWith("application/json"),
                "manifest.json must be served as application/json");
        assertPodletVersion(response);
    }

    @Test
    void contentIsOneRootElementOfHtml() throws Exception {
        var response = get(contentUri(), shellContext());
        assertEquals(200, response.statusCode(), "GET " + contentUri() + " must answer 200");
        assertTrue(
                response.headers().firstValue("content-type").orElse("").startsWith("text/html"),
                "the fragment must be served as text/html");
        FragmentShape.problem(response.body()).ifPresent(problem -> fail("content: " + problem));
    }

    @Test
    void contentCarriesTheManifestsVersion() throws Exception {
        assertPodletVersion(get(contentUri(), shellContext()));
    }

    @Test
    void contentNeverNamesTheAppsOwnHost() throws Exception {
        String body = get(contentUri(), shellContext()).body();
        String origin = app.baseUri().getHost() + ":" + app.baseUri().getPort();
        assertFalse(
                body.contains(origin),
                "the fragment names " + origin + ": browsers reach an app only through the shell, at the"
                        + " podium-public-pathname it sends");
    }

    @Test
    void fallbackIsDeclaredAndIsOneRootElement() throws Exception {
        assertNotNull(manifest.fallback(), "declare a fallback: it is what visitors see while the app is down");
        var response = get(ManifestUrls.resolve(manifestUri, manifest.fallback()), shellContext());
        assertEquals(200, response.statusCode(), "the fallback must answer 200");
        assertPodletVersion(response);
        FragmentShape.problem(response.body()).ifPresent(problem -> fail("fallback: " + problem));
    }

    @Test
    void everyAssetResolvesWithTheRightTypeAndALongLifetime() throws Exception {
        var problems = new ArrayList<String>();
        for (CssAsset css : manifest.css()) {
            checkAsset(css.value(), "text/css", problems);
        }
        for (JsAsset js : manifest.js()) {
            checkAsset(js.value(), "javascript", problems);
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    @Test
    void healthAnswersJsonWithAStatus() throws Exception {
        var response = get(app.baseUri().resolve("health"));
        assertEquals(200, response.statusCode(), "GET /health must answer 200 while the app is up");
        assertTrue(response.body().contains("\"status\""), "health must be JSON with a status field");
        assertPodletVersion(response);
    }

    private void checkAsset(String value, String expectedType, ArrayList<String> problems)
            throws IOException, InterruptedException {
        if (ManifestUrls.isAbsolute(value)) {
            return; // a CDN's file is the CDN's business
        }
        var response = get(ManifestUrls.resolve(manifestUri, value));
        String type = response.headers().firstValue("content-type").orElse("");
        String cache = response.headers().firstValue("cache-control").orElse("");
        if (response.statusCode() != 200) {
            problems.add(value + " answered " + response.statusCode());
        } else if (!type.contains(expectedType)) {
            problems.add(value + " is served as '" + type + "', not " + expectedType);
        } else if (!cache.contains("max-age=") || maxAge(cache) < 86_400) {
            problems.add(
                    value + " must be cacheable for at least a day (its name carries its hash), has '" + cache + "'");
        }
    }

    private static long maxAge(String cacheControl) {
        for (String part : cacheControl.split(",")) {
            String p = part.strip();
            if (p.startsWith("max-age=")) {
                try {
                    return Long.parseLong(p.substring("max-age=".length()));
                } catch (NumberFormatException e) {
                    return 0;
                }
            }
        }
        return 0;
    }

    private void assertPodletVersion(HttpResponse<String> response) {
        assertEquals(
                manifest.version(),
                response.headers().firstValue("podlet-version").orElse(null),
                response.request().uri() + " must carry podlet-version: " + manifest.version());
    }

    private URI contentUri() {
        URI content = ManifestUrls.resolve(manifestUri, manifest.content());
        if (contentParameters().isEmpty()) {
            return content;
        }
        String query = contentParameters().entrySet().stream()
                .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&"));
        return URI.create(content + (content.getQuery() == null ? "?" : "&") + query);
    }

    private PodiumContext shellContext() {
        return new PodiumContext(
                "en-US",
                "desktop",
                "http://localhost:8080",
                "/",
                "/apps/" + manifest.name() + "/",
                "conformance-kit",
                false,
                "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01");
    }

    private HttpResponse<String> get(URI uri) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(uri).timeout(DEADLINE).build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> get(URI uri, PodiumContext context) throws IOException, InterruptedException {
        var request = HttpRequest.newBuilder(uri).timeout(DEADLINE);
        context.toHeaders().forEach(request::header);
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
