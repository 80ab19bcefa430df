package dev.collage.shell.registry;

import static dev.collage.shell.testing.Eventually.awaitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import dev.collage.shell.testing.ComposedPage;
import dev.collage.shell.testing.FakeApp;
import dev.collage.shell.testing.RunningShell;
import java.io.IOException;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ManifestRefreshTest {

    private final List<AutoCloseable> running = new ArrayList<>();

    @AfterEach
    void stopAll() throws Exception {
        for (int i = running.size() - 1; i >= 0; i--) {
            running.get(i).close();
        }
    }

    @Test
    void theShellStartsBeforeItsAppAndComposesItOnceItIsUp() throws Exception {
        int port = freePort();
        var shell = keep(RunningShell.start(singleSlotPage("http://127.0.0.1:" + port + "/manifest.json")));

        assertThat(outcomeOf(shell.get("/").body())).isEqualTo("unavailable");
        assertThat(shell.get("/health").body()).contains("\"state\":\"pending\"");

        keep(FakeApp.start("weather", port));
        shell.awaitReady("weather");

        assertThat(outcomeOf(shell.get("/").body())).isEqualTo("ok");
    }

    @Test
    void anInvalidManifestKeepsOnlyThatAppOutAndSaysWhyOnHealth() {
        var weather =
                keep(FakeApp.start("weather")).manifest("{\"name\":\"weather\",\"content\":\"../../etc/passwd\"}");
        var shell = keep(RunningShell.start(singleSlotPage(weather.manifestUrl().toString())));
        awaitUntil(() ->
                shell.shell().registry().get("weather").upstreams().get(0).state() instanceof AppState.Unavailable);

        String health = shell.get("/health").body();
        assertThat(health).contains("\"state\":\"unavailable\"", "version is missing", "must not contain '.' or '..'");
        var page = shell.get("/");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(outcomeOf(page.body())).isEqualTo("unavailable");
    }

    @Test
    void aManifestThatCallsItselfByAnotherNameIsRefused() {
        var impostor = keep(FakeApp.start("reviews"));
        var shell =
                keep(RunningShell.start(singleSlotPage(impostor.manifestUrl().toString())));
        awaitUntil(() ->
                shell.shell().registry().get("weather").upstreams().get(0).state() instanceof AppState.Unavailable);

        assertThat(shell.get("/health").body()).contains("is named 'reviews', but the config calls this app 'weather'");
    }

    @Test
    void aNewPodletVersionMakesTheShellReadTheManifestAgain() {
        var weather = keep(FakeApp.start("weather"));
        var shell = keep(RunningShell.start(singleSlotPage(weather.manifestUrl().toString())))
                .awaitReady("weather");
        int readsBefore = weather.received("/manifest.json").size();

        weather.version("1.1.0");
        shell.get("/");

        awaitUntil(() -> shell.knownVersion("weather").equals("1.1.0"));
        assertThat(weather.received("/manifest.json").size()).isGreaterThan(readsBefore);
    }

    @Test
    void theFallbackReadAheadOfTimeIsShownOnceTheAppIsGone() {
        var weather = keep(FakeApp.start("weather"));
        var shell = keep(RunningShell.start(singleSlotPage(weather.manifestUrl().toString())))
                .awaitReady("weather");

        weather.close();
        var html = ComposedPage.parse(shell.get("/").body());

        assertThat(html.selectFirst(".collage-slot[data-slot=forecast]").text()).isEqualTo("weather is resting");
        assertThat(html.selectFirst(".collage-slot[data-slot=forecast]").attr("data-outcome"))
                .isEqualTo("error");
    }

    private static String singleSlotPage(String manifest) {
        return """
                apps:
                  weather: { manifest: "%s", timeout: 2s }
                pages:
                  - path: /
                    layout: home
                    slots:
                      forecast: { app: weather }
                      picks: { app: weather }
                """.formatted(manifest);
    }

    private static String outcomeOf(String page) {
        return ComposedPage.parse(page)
                .selectFirst(".collage-slot[data-slot=forecast]")
                .attr("data-outcome");
    }

    private static int freePort() throws IOException {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private <T extends AutoCloseable> T keep(T closeable) {
        running.add(closeable);
        return closeable;
    }
}
