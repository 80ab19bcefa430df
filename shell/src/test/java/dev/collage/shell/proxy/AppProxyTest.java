package dev.collage.shell.proxy;

import static org.assertj.core.api.Assertions.assertThat;

import dev.collage.shell.testing.FakeApp;
import dev.collage.shell.testing.RunningShell;
import java.net.http.HttpRequest;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AppProxyTest {

    private FakeApp weather;
    private RunningShell shell;

    @BeforeEach
    void start() {
        weather = FakeApp.start("weather").route("/api/*", FakeApp.echo());
        shell = RunningShell.start("""
                        apps:
                          weather: { manifest: "%s", timeout: 2s, proxy-timeout: 2s }
                        pages:
                          - path: /
                            layout: home
                            slots:
                              forecast: { app: weather }
                              picks: { app: weather }
                        """.formatted(weather.manifestUrl())).awaitReady("weather");
    }

    @AfterEach
    void stop() {
        shell.close();
        weather.close();
    }

    @Test
    void aDeclaredRouteIsForwardedWithItsQuery() {
        var response = shell.get("/apps/weather/api/forecast?city=s%C3%A3o-paulo&units=c");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEqualTo("GET /api/forecast?city=s%C3%A3o-paulo&units=c");
        assertThat(weather.received("/api/forecast").get(0).rawQuery()).isEqualTo("city=s%C3%A3o-paulo&units=c");
    }

    @Test
    void aPostCarriesItsBodyAndOnlyTheHeadersTheAppNeeds() {
        shell.send(HttpRequest.newBuilder(shell.uri("/apps/weather/api/things"))
                .POST(HttpRequest.BodyPublishers.ofString("{\"a\":1}"))
                .header("Content-Type", "application/json")
                .header("Idempotency-Key", "abc-123")
                .header("Accept-Language", "de-DE")
                .header("Cookie", "session=secret")
                .header("Authorization", "Bearer secret")
                .header("X-Debug", "1")
                .build());

        var received = weather.received("/api/things").get(0);
        assertThat(received.method()).isEqualTo("POST");
        assertThat(new String(received.body())).isEqualTo("{\"a\":1}");
        assertThat(received.header("content-type")).isEqualTo("application/json");
        assertThat(received.header("idempotency-key")).isEqualTo("abc-123");
        assertThat(received.header("podium-locale")).isEqualTo("de-DE");
        assertThat(received.header("podium-public-pathname")).isEqualTo("/apps/weather/@1.0.0/");
        assertThat(received.header("cookie")).isNull();
        assertThat(received.header("authorization")).isNull();
        assertThat(received.header("x-debug")).isNull();
    }

    @Test
    void onlyAllowListedResponseHeadersReachTheBrowser() {
        weather.route("/api/leaky", (ex, app) -> {
            ex.getResponseHeaders().add("Set-Cookie", "tracking=1");
            ex.getResponseHeaders().add("X-Internal-Host", "db-7.internal");
            ex.getResponseHeaders().add("Cache-Control", "max-age=60");
            app.send(ex, 200, "application/json", "{}");
        });

        var response = shell.get("/apps/weather/api/leaky");

        assertThat(response.headers().firstValue("cache-control")).hasValue("max-age=60");
        assertThat(response.headers().firstValue("content-type")).hasValue("application/json");
        assertThat(response.headers().firstValue("set-cookie")).isEmpty();
        assertThat(response.headers().firstValue("x-internal-host")).isEmpty();
    }

    @Test
    void aCreatedResourcesLocationPointsThroughTheProxy() {
        weather.route("/api/items", (ex, app) -> {
            ex.getResponseHeaders().add("Location", "/api/items/42");
            app.send(ex, 201, "application/json", "{}");
        });

        var response = shell.send(HttpRequest.newBuilder(shell.uri("/apps/weather/api/items"))
                .POST(HttpRequest.BodyPublishers.ofString("{}"))
                .build());

        assertThat(response.statusCode()).isEqualTo(201);
        assertThat(response.headers().firstValue("location")).hasValue("/apps/weather/@1.0.0/api/items/42");
    }

    @Test
    void aRelativeLocationIsResolvedAgainstTheRequestedUrl() {
        weather.route("/api/products/1/reviews", (ex, app) -> {
            ex.getResponseHeaders().add("Location", "reviews/42");
            app.send(ex, 201, "application/json", "{}");
        });

        var response = shell.send(HttpRequest.newBuilder(shell.uri("/apps/weather/api/products/1/reviews"))
                .POST(HttpRequest.BodyPublishers.ofString("{}"))
                .build());

        assertThat(response.headers().firstValue("location"))
                .hasValue("/apps/weather/@1.0.0/api/products/1/reviews/42");
    }

    @Test
    void aLocationOutsideTheProxyTargetsIsDropped() {
        weather.route("/api/redirect", (ex, app) -> {
            ex.getResponseHeaders().add("Location", "http://10.1.2.3:7101/internal");
            app.send(ex, 303, "text/plain", "");
        });

        var response = shell.get("/apps/weather/api/redirect");

        assertThat(response.statusCode()).isEqualTo(303);
        assertThat(response.headers().firstValue("location")).isEmpty();
    }

    @Test
    void assetsAreForwardedFromTheAppsAssetsFolder() {
        var response = shell.get("/apps/weather/assets/weather.css");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEqualTo(".weather{color:teal}");
        assertThat(response.headers().firstValue("cache-control")).hasValue("public, max-age=31536000, immutable");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "/apps/weather/manifest.json",
                "/apps/weather/content",
                "/apps/weather/health",
                "/apps/weather/admin/secrets",
                "/apps/weather/assets",
                "/apps/weather/api/../content",
                "/apps/weather/api/%2e%2e/content",
                "/apps/weather/api/.%2E/content",
                "/apps/weather/api%2F..%2Fcontent",
                "/apps/weather/api/x%2F..%2F..%2Fcontent",
                "/apps/weather/assets/..%2F..%2Fcontent",
                "/apps/weather/api/..%5Ccontent",
                "/apps/weather/api//content",
                "/apps/nobody/api/x"
            })
    void aPathOutsideTheDeclaredRoutesIsNotFoundAndNeverForwarded(String path) {
        int before = weather.received().size();

        var response = shell.send(HttpRequest.newBuilder(shell.uri(path)).build());

        assertThat(response.statusCode()).as(path).isEqualTo(404);
        assertThat(weather.received()).as(path + " reached the app").hasSize(before);
    }

    @Test
    void aNulInThePathIsABadRequestAndNeverForwarded() {
        int before = weather.received().size();

        var response = shell.send(
                HttpRequest.newBuilder(shell.uri("/apps/weather/api/x%00y")).build());

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(weather.received()).hasSize(before);
    }

    @Test
    void aBodyOverAMegabyteIsRefusedAndNeverForwarded() {
        int before = weather.received().size();

        var response = shell.send(HttpRequest.newBuilder(shell.uri("/apps/weather/api/things"))
                .POST(HttpRequest.BodyPublishers.ofByteArray(new byte[2 << 20]))
                .header("Content-Type", "application/json")
                .build());

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(weather.received()).hasSize(before);
    }

    @Test
    void assetsCannotBePostedTo() {
        int before = weather.received().size();

        var response = shell.send(HttpRequest.newBuilder(shell.uri("/apps/weather/assets/weather.css"))
                .POST(HttpRequest.BodyPublishers.ofString("x"))
                .build());

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(weather.received()).hasSize(before);
    }

    @Test
    void anApiThatDoesNotAnswerInTimeIs504() {
        weather.route("/api/slow", FakeApp.slow(Duration.ofSeconds(6), "late"));

        var response = shell.get("/apps/weather/api/slow");

        assertThat(response.statusCode()).isEqualTo(504);
        assertThat(response.body()).contains("weather did not answer in time");
    }

    @Test
    void anAppThatIsGoneIs502() {
        weather.close();

        var response = shell.get("/apps/weather/api/anything");

        assertThat(response.statusCode()).isEqualTo(502);
        assertThat(response.body()).contains("weather is unavailable");
    }
}
