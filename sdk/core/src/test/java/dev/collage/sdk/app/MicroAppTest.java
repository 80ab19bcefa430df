package dev.collage.sdk.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.collage.sdk.context.PodiumContext;
import dev.collage.sdk.manifest.InvalidManifestException;
import dev.collage.sdk.manifest.ManifestParser;
import io.javalin.Javalin;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class MicroAppTest {

    private final HttpClient http = HttpClient.newHttpClient();
    private MicroApp app;
    private Javalin server;

    @BeforeEach
    void start() {
        app = MicroApp.builder(MicroAppTest.class)
                .content(
                        "/content",
                        ctx -> ctx.result(
                                "<demo-box>" + PodiumContext.from(ctx::header).locale() + "</demo-box>"))
                .fallback("/fallback", ctx -> ctx.result("<demo-box>later</demo-box>"))
                .css("demo.css")
                .js("demo.js")
                .proxy("api", "/api")
                .build();
        server = app.server(config -> config.routes.get("/api/ping", ctx -> ctx.result("pong")))
                .start("127.0.0.1", 0);
    }

    @AfterEach
    void stop() {
        server.stop();
    }

    @Test
    void servesAManifestBuiltFromTheBuildsNameAndVersion() throws Exception {
        var response = get("/manifest.json");
        var manifest = ManifestParser.parse(response.body(), "test");

        assertThat(manifest.name()).isEqualTo("demo");
        assertThat(manifest.version()).isEqualTo("2.3.4");
        assertThat(manifest.content()).isEqualTo("/content");
        assertThat(manifest.css().get(0).value()).matches("/assets/demo\\.[0-9a-f]{10}\\.css");
        assertThat(manifest.js().get(0).isModule()).isTrue();
        assertThat(manifest.proxy()).containsEntry("api", "/api");
    }

    @Test
    void everyResponseCarriesPodletVersionEvenA404() throws Exception {
        assertThat(get("/content").headers().firstValue("podlet-version")).hasValue("2.3.4");
        assertThat(get("/api/ping").headers().firstValue("podlet-version")).hasValue("2.3.4");
        var missing = get("/nothing-here");
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.headers().firstValue("podlet-version")).hasValue("2.3.4");
    }

    @Test
    void theFragmentIsHtmlAndSeesTheContextHeaders() throws Exception {
        var response = http.send(
                HttpRequest.newBuilder(url("/content"))
                        .header("podium-locale", "de-DE")
                        .build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(response.headers().firstValue("content-type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("text/html"));
        assertThat(response.body()).isEqualTo("<demo-box>de-DE</demo-box>");
    }

    @Test
    void assetsAreServedUnderTheirHashWithALongLifetime() throws Exception {
        String cssUrl = app.manifest().css().get(0).value();
        var response = get(cssUrl);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("demo-box");
        assertThat(response.headers().firstValue("cache-control")).hasValue("public, max-age=31536000, immutable");
        assertThat(get("/assets/demo.css").statusCode()).isEqualTo(404);
    }

    @Test
    void anUnchangedAssetAnswers304() throws Exception {
        String cssUrl = app.manifest().css().get(0).value();
        String etag = get(cssUrl).headers().firstValue("etag").orElseThrow();
        var again = http.send(
                HttpRequest.newBuilder(url(cssUrl))
                        .header("If-None-Match", etag)
                        .build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(again.statusCode()).isEqualTo(304);
    }

    @Test
    void healthReportsUpWithNameAndVersion() throws Exception {
        var response = get("/health");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("\"status\":\"UP\"", "\"version\":\"2.3.4\"");
    }

    @Test
    void anUnhealthyAppAnswers503() throws Exception {
        var sick = MicroApp.builder(MicroAppTest.class)
                .content("/content", ctx -> ctx.result("<p>x</p>"))
                .health(() -> Health.down("database unreachable"))
                .build()
                .server(config -> {})
                .start("127.0.0.1", 0);
        try {
            var response = http.send(
                    HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + sick.port() + "/health"))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).isEqualTo(503);
            assertThat(response.body()).contains("database unreachable");
        } finally {
            sick.stop();
        }
    }

    @Test
    void aDeclarationThatBreaksTheContractIsRefusedAtBuild() {
        assertThatThrownBy(() -> MicroApp.builder(MicroAppTest.class)
                        .content("/content", ctx -> {})
                        .proxy("bad name", "/api")
                        .build())
                .isInstanceOf(InvalidManifestException.class)
                .hasMessageContaining("proxy name 'bad name'");
        assertThatThrownBy(() -> MicroApp.builder(MicroAppTest.class).css("missing.css"))
                .hasMessageContaining("assets/missing.css is not on the class path");
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(url(path)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private URI url(String path) {
        return URI.create("http://127.0.0.1:" + server.port() + path);
    }
}
