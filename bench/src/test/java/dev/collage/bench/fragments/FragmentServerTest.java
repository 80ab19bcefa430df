package dev.collage.bench.fragments;

import static org.assertj.core.api.Assertions.assertThat;

import dev.collage.bench.client.PageReading;
import dev.collage.bench.client.StreamingClient;
import java.io.IOException;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The fragment servers answer what the shell and nginx expect, at once, late or never. */
class FragmentServerTest {

    @Test
    void aFragmentIsExactlyItsSizeAndEndsWithItsMarker() {
        String html = FragmentHtml.fragment("f1", 2048);
        assertThat(html.getBytes(StandardCharsets.UTF_8)).hasSize(2048);
        assertThat(html).startsWith("<section").endsWith(FragmentHtml.endMarker("f1"));
        assertThat(FragmentHtml.fallback("f1")).doesNotContain(FragmentHtml.endMarker("f1"));
    }

    @Test
    void servesManifestAndContentOverKeptAliveConnections() throws Exception {
        int port = start(new FragmentApp("f1", 0, 2048, Duration.ZERO, false));
        var http = HttpClient.newHttpClient();
        for (int i = 0; i < 3; i++) {
            var content = http.send(get(port, "/content?x=1"), HttpResponse.BodyHandlers.ofString());
            assertThat(content.statusCode()).isEqualTo(200);
            assertThat(content.headers().firstValue("podlet-version")).hasValue("1");
            assertThat(content.body()).hasSize(2048).endsWith(FragmentHtml.endMarker("f1"));
        }
        var manifest = http.send(get(port, "/manifest.json"), HttpResponse.BodyHandlers.ofString());
        assertThat(manifest.body()).contains("\"name\":\"f1\"", "\"content\":\"/content\"");
        assertThat(http.send(get(port, "/nothing"), HttpResponse.BodyHandlers.ofString())
                        .statusCode())
                .isEqualTo(404);
    }

    @Test
    void aDelayedAppAnswersAfterItsDelay() throws Exception {
        int port = start(new FragmentApp("slow", 0, 2048, Duration.ofMillis(200), false));
        PageReading reading =
                new StreamingClient("127.0.0.1", port).get("/content", List.of(FragmentHtml.endMarker("slow")));
        assertThat(reading.status()).isEqualTo(200);
        assertThat(reading.firstByteMs()).isBetween(190.0, 1000.0);
        assertThat(reading.hasAll()).isTrue();
    }

    @Test
    void aHangingAppAnswersItsManifestButNeverItsContent() throws Exception {
        int port = start(new FragmentApp("hang", 0, 2048, Duration.ZERO, true));
        var http = HttpClient.newHttpClient();
        assertThat(http.send(get(port, "/manifest.json"), HttpResponse.BodyHandlers.ofString())
                        .statusCode())
                .isEqualTo(200);
        var request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/content"))
                .timeout(Duration.ofMillis(300))
                .build();
        try {
            http.send(request, HttpResponse.BodyHandlers.ofString());
            throw new AssertionError("a hanging app answered");
        } catch (java.net.http.HttpTimeoutException | SocketTimeoutException expected) {
            // it never answers
        }
    }

    private static int start(FragmentApp app) throws IOException {
        var server = FragmentServer.listen(app, "127.0.0.1");
        var thread = new Thread(server, "test-" + app.name());
        thread.setDaemon(true);
        thread.start();
        return server.port();
    }

    private static HttpRequest get(int port, String path) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .build();
    }
}
