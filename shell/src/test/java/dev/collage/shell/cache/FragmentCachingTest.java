package dev.collage.shell.cache;

import static dev.collage.shell.testing.Eventually.awaitUntil;
import static dev.collage.shell.testing.FakeApp.cacheable;
import static dev.collage.shell.testing.FakeApp.status;
import static org.assertj.core.api.Assertions.assertThat;

import dev.collage.shell.testing.ComposedPage;
import dev.collage.shell.testing.FakeApp;
import dev.collage.shell.testing.MutableClock;
import dev.collage.shell.testing.RunningShell;
import java.time.Duration;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class FragmentCachingTest {

    private final MutableClock clock = new MutableClock();
    private FakeApp weather;
    private RunningShell shell;

    @BeforeEach
    void start() {
        weather = FakeApp.start("weather");
        shell = RunningShell.start("""
                        composition: { in-order-wait: 5s }
                        apps:
                          weather: { manifest: "%s", timeout: 2s }
                        pages:
                          - path: /
                            layout: home
                            slots:
                              forecast: { app: weather, params: { city: "{query.city}" } }
                              picks: { app: weather, params: { city: none } }
                        """.formatted(weather.manifestUrl()), clock).awaitReady("weather");
    }

    @AfterEach
    void stop() {
        shell.close();
        weather.close();
    }

    @Test
    void aFreshCopyIsShownWithoutAskingTheApp() {
        weather.content(cacheable("public, max-age=60", "<p>sunny</p>"));
        forecast("/?city=oslo");
        int calls = contentCalls();

        Element slot = forecast("/?city=oslo");

        assertThat(slot.attr("data-outcome")).isEqualTo("cached");
        assertThat(slot.text()).isEqualTo("sunny");
        assertThat(contentCalls()).isEqualTo(calls);
    }

    @Test
    void differentParametersAndLanguagesAreDifferentCopies() {
        weather.content(cacheable("max-age=60", "<p>x</p>"));
        forecast("/?city=oslo");

        assertThat(forecast("/?city=bergen").attr("data-outcome")).isEqualTo("ok");
        assertThat(forecast("/?city=oslo", "Accept-Language", "de-DE").attr("data-outcome"))
                .isEqualTo("ok");
        assertThat(forecast("/?city=oslo").attr("data-outcome")).isEqualTo("cached");
    }

    @Test
    void aStaleCopyIsShownWhileANewOneIsFetchedBehindIt() {
        weather.content(cacheable("max-age=60, stale-while-revalidate=600", "<p>old</p>"));
        forecast("/?city=oslo");
        clock.advance(Duration.ofSeconds(90));
        weather.content(cacheable("max-age=60, stale-while-revalidate=600", "<p>new</p>"));

        Element stale = forecast("/?city=oslo");
        assertThat(stale.attr("data-outcome")).isEqualTo("stale");
        assertThat(stale.text()).isEqualTo("old");

        awaitUntil(() -> forecast("/?city=oslo").text().equals("new"));
        assertThat(forecast("/?city=oslo").attr("data-outcome")).isEqualTo("cached");
    }

    @Test
    void aStaleCopyStandsInWhenTheAppFailsIfTheAppAllowedIt() {
        weather.content(cacheable("max-age=10, stale-if-error=3600", "<p>last known</p>"));
        forecast("/?city=oslo");
        clock.advance(Duration.ofMinutes(5));
        weather.content(status(500));

        Element slot = forecast("/?city=oslo");

        assertThat(slot.attr("data-outcome")).isEqualTo("stale");
        assertThat(slot.text()).isEqualTo("last known");
    }

    @Test
    void pastItsStaleIfErrorWindowTheCopyIsNoLongerShown() {
        weather.content(cacheable("max-age=10, stale-if-error=60", "<p>last known</p>"));
        forecast("/?city=oslo");
        clock.advance(Duration.ofMinutes(5));
        weather.content(status(500));

        Element slot = forecast("/?city=oslo");

        assertThat(slot.attr("data-outcome")).isEqualTo("error");
        assertThat(slot.text()).isEqualTo("weather is resting");
    }

    @Test
    void privateAndNoStoreFragmentsAreNeverKept() {
        weather.content(cacheable("private, max-age=60", "<p>mine</p>"));
        forecast("/?city=oslo");
        assertThat(forecast("/?city=oslo").attr("data-outcome")).isEqualTo("ok");

        weather.content(cacheable("no-store", "<p>mine</p>"));
        forecast("/?city=oslo");
        assertThat(forecast("/?city=oslo").attr("data-outcome")).isEqualTo("ok");
    }

    @Test
    void aNewReleaseNeverShowsTheOldReleasesCopy() {
        weather.content(cacheable("max-age=600", "<p>v1</p>"));
        forecast("/?city=oslo");
        weather.version("2.0.0").content(cacheable("max-age=600", "<p>v2</p>"));
        awaitReleaseSeen();

        assertThat(forecast("/?city=oslo").text()).isEqualTo("v2");
    }

    /** Any fragment the cache cannot answer shows the shell the new podlet-version. */
    private void awaitReleaseSeen() {
        awaitUntil(() -> {
            forecast("/?city=fresh-" + System.nanoTime());
            return shell.knownVersion("weather").equals("2.0.0");
        });
    }

    private Element forecast(String path, String... headers) {
        var page = shell.get(path, headers);
        return ComposedPage.parse(page.body()).getElementById("collage-slot-forecast");
    }

    private int contentCalls() {
        return weather.received("/content").size();
    }
}
