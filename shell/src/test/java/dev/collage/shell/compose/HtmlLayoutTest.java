package dev.collage.shell.compose;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.collage.shell.config.ConfigException;
import dev.collage.shell.config.ConfigLoader;
import dev.collage.shell.testing.ComposedPage;
import dev.collage.shell.testing.FakeApp;
import dev.collage.shell.testing.RunningShell;
import dev.collage.shell.web.Templates;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HtmlLayoutTest {

    private static final String LAYOUT = """
            <!doctype html>
            <html lang="en"><head><title>Plain</title></head>
            <body><main>
            <collage-slot name="left"></collage-slot>
            <collage-slot name="right"/>
            </main></body></html>
            """;

    @TempDir
    Path dir;

    @Test
    void anOperatorsHtmlFileIsComposedWithTheAppsAssetsAndItsSlots() throws Exception {
        Files.writeString(dir.resolve("plain.html"), LAYOUT);
        try (var weather = FakeApp.start("weather");
                var shell = RunningShell.start(config(weather, "plain.html", "left", "right"))) {
            shell.awaitReady("weather");

            var page = shell.get("/");
            var html = ComposedPage.parse(page.body());

            assertThat(page.statusCode()).isEqualTo(200);
            assertThat(html.title()).isEqualTo("Plain");
            assertThat(html.select("head link[rel=stylesheet]").eachAttr("href"))
                    .containsExactly("/apps/weather/@1.0.0/assets/weather.css");
            assertThat(html.select("head script[nonce]")).hasSize(1);
            assertThat(html.select("main > .collage-slot").eachAttr("data-slot"))
                    .containsExactly("left", "right");
            assertThat(html.getElementById("collage-slot-left").text()).isEqualTo("weather fragment");
            assertThat(Jsoup.parse(page.body()).select("collage-slot")).isEmpty();
        }
    }

    @Test
    void aConfiguredSlotTheFileDoesNotPlaceStopsTheShell() throws Exception {
        Files.writeString(dir.resolve("plain.html"), LAYOUT);

        assertThatThrownBy(() -> check(config(null, "plain.html", "left", "right", "extra")))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("slot 'extra' of page / is not placed by layout file");
    }

    @Test
    void aSlotTheFilePlacesButTheConfigDoesNotIsRefused() throws Exception {
        Files.writeString(dir.resolve("plain.html"), LAYOUT);

        assertThatThrownBy(() -> check(config(null, "plain.html", "left")))
                .hasMessageContaining("places right, which page / does not configure");
    }

    @Test
    void aFileWithoutItsHeadOrBodyEndIsRefused() throws Exception {
        Files.writeString(dir.resolve("broken.html"), "<html><body><collage-slot name=\"left\"></collage-slot></html>");

        assertThatThrownBy(() -> check(config(null, "broken.html", "left")))
                .hasMessageContaining("must have exactly one </head> and one </body>, has 0 and 0");
    }

    @Test
    void aMisspelledSlotMarkerIsRefused() throws Exception {
        Files.writeString(
                dir.resolve("typo.html"),
                "<html><head></head><body><collage-slot nmae=\"left\"></collage-slot></body></html>");

        assertThatThrownBy(() -> check(config(null, "typo.html", "left")))
                .hasMessageContaining("has a <collage-slot> that is not written");
    }

    @Test
    void aFileThatCannotBeReadIsNamedWithItsLine() {
        assertThatThrownBy(
                        () -> new ConfigLoader(Map.of()).parse(config(null, "missing.html", "left"), "shop.yaml", dir))
                .hasMessageStartingWith("shop.yaml:5: pages[0].layout: layout file '" + dir.resolve("missing.html"))
                .hasMessageContaining("cannot be read");
    }

    private void check(String yaml) {
        new Layouts(new Templates())
                .check(new ConfigLoader(Map.of()).parse(yaml, "shop.yaml", dir).pages());
    }

    private String config(FakeApp weather, String layout, String... slots) {
        var yaml = new StringBuilder("""
                apps:
                  weather: { manifest: "%s" }
                pages:
                  - path: /
                    layout: %s
                    slots:
                """.formatted(
                weather == null ? "http://127.0.0.1:1/manifest.json" : weather.manifestUrl(), dir.resolve(layout)));
        for (String slot : slots) {
            yaml.append("      ").append(slot).append(": { app: weather }\n");
        }
        return yaml.toString();
    }
}
