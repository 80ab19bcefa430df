package dev.collage.shell.admin;

import static dev.collage.shell.testing.Eventually.awaitUntil;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.collage.shell.ShellOptions;
import dev.collage.shell.testing.ComposedPage;
import dev.collage.shell.testing.FakeApp;
import dev.collage.shell.testing.RunningShell;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AdminApiTest {

    private static final String TOKEN = "test-token-0123456789abcdef";

    @TempDir
    Path dir;

    private FakeApp v1;
    private FakeApp v2;
    private RunningShell shell;

    @BeforeEach
    void startApps() {
        v1 = FakeApp.start("weather").version("1.4.0");
        v2 = FakeApp.start("weather").version("1.5.0");
    }

    @AfterEach
    void stop() {
        if (shell != null) {
            shell.close();
        }
        v1.close();
        v2.close();
    }

    private RunningShell shell(Optional<String> token) {
        var options = new ShellOptions(
                Clock.systemUTC(),
                RunningShell.FAST,
                token.map(t -> AdminToken.of(t).orElseThrow()),
                Optional.of(dir.resolve("collage-state.json")));
        shell = RunningShell.start(config(), options).awaitReady("weather");
        return shell;
    }

    private String config() {
        return """
                composition: { cache-size: 0, in-order-wait: 3s }
                apps:
                  weather: { manifest: "%s", timeout: 2s }
                pages:
                  - path: /
                    layout: home
                    slots:
                      forecast: { app: weather }
                      picks: { app: weather, params: { view: picks } }
                """.formatted(v1.manifestUrl());
    }

    @Test
    void withoutATokenConfiguredAdminIsOffNotOpen() {
        shell(Optional.empty());

        assertThat(admin("GET", "/admin/api/apps", null, TOKEN).statusCode()).isEqualTo(404);
        assertThat(admin("PUT", "/admin/api/apps/weather/weights", "{\"1\":100}", TOKEN)
                        .statusCode())
                .isEqualTo(404);
        assertThat(shell.get("/admin").statusCode()).isEqualTo(404);
    }

    @Test
    void aMissingOrWrongTokenIs401AndChangesNothing() {
        shell(Optional.of(TOKEN));
        String canary = "{\"manifest\":\"" + v2.manifestUrl() + "\",\"weight\":50}";

        var none = admin("POST", "/admin/api/apps/weather/upstreams", canary, null);
        var wrong = admin("POST", "/admin/api/apps/weather/upstreams", canary, "not-the-token-at-all-xx");
        var almost = admin("POST", "/admin/api/apps/weather/upstreams", canary, TOKEN + "x");

        assertThat(none.statusCode()).isEqualTo(401);
        assertThat(none.headers().firstValue("www-authenticate")).hasValue("Bearer realm=\"collage-admin\"");
        assertThat(wrong.statusCode()).isEqualTo(401);
        assertThat(almost.statusCode()).isEqualTo(401);
        assertThat(shell.shell().registry().get("weather").upstreams()).hasSize(1);
    }

    @Test
    void aTokenTooShortToBeSafeIsRefused() {
        assertThatThrownBy(() -> AdminToken.of("secret"))
                .hasMessageStartingWith("COLLAGE_ADMIN_TOKEN must be at least 16 characters");
        assertThat(AdminToken.of(" ")).isEmpty();
        assertThat(AdminToken.of(TOKEN).orElseThrow().toString()).doesNotContain(TOKEN);
    }

    @Test
    void aReleaseGoesFromCanaryToPromotedToDrainedToRemoved() {
        shell(Optional.of(TOKEN));

        var added = admin(
                "POST",
                "/admin/api/apps/weather/upstreams",
                "{\"manifest\":\"" + v2.manifestUrl() + "\",\"weight\":10}",
                TOKEN);
        assertThat(added.statusCode()).isEqualTo(201);
        assertThat(added.body()).contains("\"id\":\"2\"", "\"weight\":10", "\"canary\":true");
        awaitUntil(() ->
                admin("GET", "/admin/api/apps/weather", null, TOKEN).body().contains("\"version\":\"1.5.0\""));

        assertThat(admin("POST", "/admin/api/apps/weather/upstreams/2/promote", null, TOKEN)
                        .statusCode())
                .isEqualTo(200);
        assertThat(versionOnThePage()).isEqualTo("1.5.0");

        assertThat(admin("POST", "/admin/api/apps/weather/upstreams/1/drain", null, TOKEN)
                        .body())
                .contains("\"draining\":true");
        assertThat(admin("DELETE", "/admin/api/apps/weather/upstreams/1", null, TOKEN)
                        .statusCode())
                .isEqualTo(200);
        assertThat(shell.shell().registry().get("weather").upstreams())
                .extracting(u -> u.id())
                .containsExactly("2");

        var changes = admin("GET", "/admin/api/changes", null, TOKEN).body();
        assertThat(changes).contains("canary-added", "promoted", "draining", "\"action\":\"removed\"");
    }

    @Test
    void everyBadChangeIs400WithTheReasonAndChangesNothing() {
        shell(Optional.of(TOKEN));
        admin(
                "POST",
                "/admin/api/apps/weather/upstreams",
                "{\"manifest\":\"" + v2.manifestUrl() + "\",\"weight\":10}",
                TOKEN);

        assertThat(admin("PUT", "/admin/api/apps/weather/weights", "{\"1\":50,\"2\":10}", TOKEN))
                .satisfies(r -> assertThat(r.statusCode()).isEqualTo(400))
                .satisfies(
                        r -> assertThat(r.body()).contains("the weights must add up to 100, they would add up to 60"));
        assertThat(admin("PUT", "/admin/api/apps/weather/weights", "{\"7\":100}", TOKEN)
                        .body())
                .contains("weather has no upstream 7");
        assertThat(admin("PUT", "/admin/api/apps/weather/weights", "{\"1\":\"ninety\"}", TOKEN)
                        .body())
                .contains("the weight of 1 must be a whole number");
        assertThat(admin(
                                "POST",
                                "/admin/api/apps/weather/upstreams",
                                "{\"manifest\":\"ftp://x/m.json\",\"weight\":5}",
                                TOKEN)
                        .body())
                .contains("manifest 'ftp://x/m.json' must be an http:// or https:// URL with a host");
        assertThat(admin("POST", "/admin/api/apps/weather/upstreams", "{not json", TOKEN)
                        .body())
                .contains("the body is not JSON");
        assertThat(admin("PUT", "/admin/api/apps/Bad_Name", "{\"upstreams\":[]}", TOKEN)
                        .statusCode())
                .isEqualTo(400);
        assertThat(admin("PUT", "/admin/api/apps/weather/weights", "{\"1\":90,\"2\":10}", TOKEN)
                        .statusCode())
                .isEqualTo(200);
        assertThat(shell.shell().registry().get("weather").upstreams())
                .extracting(u -> u.weight())
                .containsExactly(90, 10);
    }

    @Test
    void anUnknownAppOrUpstreamIs404() {
        shell(Optional.of(TOKEN));

        assertThat(admin("PUT", "/admin/api/apps/nope/weights", "{\"1\":100}", TOKEN))
                .satisfies(r -> assertThat(r.statusCode()).isEqualTo(404))
                .satisfies(r -> assertThat(r.body()).contains("no app named nope"));
        assertThat(admin("POST", "/admin/api/apps/weather/upstreams/9/promote", null, TOKEN)
                        .statusCode())
                .isEqualTo(404);
    }

    @Test
    void anAppThatFillsSlotsCannotBeRemoved() {
        shell(Optional.of(TOKEN));

        var response = admin("DELETE", "/admin/api/apps/weather", null, TOKEN);

        assertThat(response.statusCode()).isEqualTo(409);
        assertThat(response.body()).contains("weather fills slots of /");
    }

    @Test
    void aNewAppCanBeRegisteredAndReachedThroughTheProxy() {
        shell(Optional.of(TOKEN));
        v2.route("/api/*", FakeApp.echo());

        var response = admin(
                "PUT",
                "/admin/api/apps/weather",
                "{\"upstreams\":[{\"manifest\":\"" + v1.manifestUrl() + "\",\"weight\":100}],\"timeout\":\"500ms\"}",
                TOKEN);
        assertThat(response.statusCode()).isEqualTo(200);

        try (var search = FakeApp.start("search").route("/api/*", FakeApp.echo())) {
            var created = admin(
                    "PUT",
                    "/admin/api/apps/search",
                    "{\"upstreams\":[{\"manifest\":\"" + search.manifestUrl() + "\",\"weight\":100}]}",
                    TOKEN);
            assertThat(created.statusCode()).isEqualTo(201);
            awaitUntil(() -> shell.get("/apps/search/api/q").statusCode() == 200);
            assertThat(shell.get("/apps/search/api/q?x=1").body()).isEqualTo("GET /api/q?x=1");
        }
    }

    @Test
    void releasesSurviveARestartOfTheShell() {
        shell(Optional.of(TOKEN));
        admin(
                "POST",
                "/admin/api/apps/weather/upstreams",
                "{\"manifest\":\"" + v2.manifestUrl() + "\",\"weight\":30}",
                TOKEN);
        shell.close();
        shell = null;
        assertThat(dir.resolve("collage-state.json")).exists();

        var restarted = shell(Optional.of(TOKEN));

        assertThat(restarted.shell().registry().get("weather").upstreams())
                .extracting(u -> u.id() + "=" + u.weight() + (u.canary() ? " canary" : ""))
                .containsExactly("1=70", "2=30 canary");
    }

    @Test
    void aStateFileThatCannotBeReadStopsTheShellWithItsName() throws Exception {
        Files.writeString(dir.resolve("collage-state.json"), "{\"apps\": {\"weather\": ");

        assertThatThrownBy(() -> shell(Optional.of(TOKEN)))
                .hasMessageContaining("collage-state.json: is not valid JSON")
                .hasMessageContaining("delete it to start from the config alone");
    }

    @Test
    void aFailingCanaryIsRolledBackByTheShellAndTheChangeIsListed() {
        shell(Optional.of(TOKEN));
        v2.content(FakeApp.status(500));
        admin(
                "POST",
                "/admin/api/apps/weather/upstreams",
                "{\"manifest\":\"" + v2.manifestUrl() + "\",\"weight\":50}",
                TOKEN);
        awaitUntil(() ->
                admin("GET", "/admin/api/apps/weather", null, TOKEN).body().contains("\"version\":\"1.5.0\""));

        for (int i = 0;
                i < 40
                        && shell.shell()
                                        .registry()
                                        .get("weather")
                                        .upstream("2")
                                        .orElseThrow()
                                        .weight()
                                > 0;
                i++) {
            var page = shell.send(HttpRequest.newBuilder(shell.uri("/")).build());
            assertThat(page.statusCode()).isEqualTo(200);
        }

        assertThat(shell.shell()
                        .registry()
                        .get("weather")
                        .upstream("2")
                        .orElseThrow()
                        .weight())
                .isZero();
        assertThat(admin("GET", "/admin/api/changes", null, TOKEN).body())
                .contains("\"actor\":\"shell\"", "\"action\":\"rolled-back\"");
    }

    @Test
    void theDashboardIsAPageWithoutDataThatAsksForTheToken() {
        shell(Optional.of(TOKEN));

        var page = shell.get("/admin");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body())
                .contains("id=\"admin-token\"", "type=\"password\"")
                .doesNotContain("1.4.0");
        assertThat(page.headers().firstValue("cache-control")).hasValue("no-store");
    }

    private String versionOnThePage() {
        return ComposedPage.parse(shell.get("/").body())
                .getElementById("collage-slot-forecast")
                .attr("data-version");
    }

    private HttpResponse<String> admin(String method, String path, String body, String token) {
        var request = HttpRequest.newBuilder(shell.uri(path))
                .method(
                        method,
                        body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body))
                .header("Content-Type", "application/json")
                .header("X-Collage-Actor", "test");
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return shell.send(request.build());
    }
}
