package dev.collage.conformance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import dev.collage.sdk.app.MicroApp;
import io.javalin.Javalin;
import io.javalin.http.Handler;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;

/** Each broken app below breaks one rule; the kit must fail exactly the test for that rule. */
class KitCatchesBrokenAppsTest {

    @Test
    void twoRootElementsFailTheFragmentShape() {
        assertThat(failuresOf(TwoRoots.class)).containsExactly("contentIsOneRootElementOfHtml");
    }

    @Test
    void aHardCodedVersionFailsTheBuildVersionRule() {
        assertThat(failuresOf(HardCodedVersion.class)).containsExactly("manifestNameAndVersionAreTheBuilds");
    }

    @Test
    void aFragmentThatNamesItsOwnHostFails() {
        assertThat(failuresOf(OwnHost.class)).containsExactly("contentNeverNamesTheAppsOwnHost");
    }

    @Test
    void aDocumentInsteadOfAFragmentFails() {
        assertThat(failuresOf(WholeDocument.class)).containsExactly("contentIsOneRootElementOfHtml");
    }

    @Test
    void noFallbackFails() {
        assertThat(failuresOf(NoFallback.class)).containsExactly("fallbackIsDeclaredAndIsOneRootElement");
    }

    @Test
    void aBrokenAssetFails() {
        assertThat(failuresOf(ShortLivedAsset.class))
                .containsExactly("everyAssetResolvesWithTheRightTypeAndALongLifetime");
    }

    private static Set<String> failuresOf(Class<?> testClass) {
        var failures = new TreeSet<String>();
        var request = LauncherDiscoveryRequestBuilder.request()
                .selectors(selectClass(testClass))
                .build();
        LauncherFactory.create().execute(request, new TestExecutionListener() {
            @Override
            public void executionFinished(TestIdentifier id, TestExecutionResult result) {
                if (id.isTest() && result.getStatus() != TestExecutionResult.Status.SUCCESSFUL) {
                    failures.add(id.getDisplayName().replace("()", ""));
                }
            }
        });
        return failures;
    }

    private static RunningApp app(Handler content) {
        var server = MicroApp.builder(KitCatchesBrokenAppsTest.class)
                .content("/content", content)
                .fallback("/fallback", ctx -> ctx.result("<p>later</p>"))
                .build()
                .server(config -> {})
                .start("127.0.0.1", 0);
        return RunningApp.onLocalPort(server.port(), server::stop);
    }

    static class TwoRoots extends ContractConformanceTest {
        @Override
        protected RunningApp startApp() {
            return app(ctx -> ctx.result("<p>one</p><p>two</p>"));
        }
    }

    static class WholeDocument extends ContractConformanceTest {
        @Override
        protected RunningApp startApp() {
            return app(ctx -> ctx.result("<html><body><p>x</p></body></html>"));
        }
    }

    static class OwnHost extends ContractConformanceTest {
        @Override
        protected RunningApp startApp() {
            return app(ctx -> ctx.result("<p data-api=\"http://" + ctx.host() + "/api\">x</p>"));
        }
    }

    static class HardCodedVersion extends ContractConformanceTest {
        @Override
        protected RunningApp startApp() {
            return handWritten("""
                    {"name":"demo","version":"9.9.9","content":"/content","fallback":"/fallback"}""", "9.9.9", "max-age=31536000");
        }
    }

    static class NoFallback extends ContractConformanceTest {
        @Override
        protected RunningApp startApp() {
            return handWritten("""
                    {"name":"demo","version":"1.0.0","content":"/content"}""", "1.0.0", "max-age=31536000");
        }
    }

    static class ShortLivedAsset extends ContractConformanceTest {
        @Override
        protected RunningApp startApp() {
            return handWritten("""
                    {"name":"demo","version":"1.0.0","content":"/content","fallback":"/fallback",
                     "css":[{"value":"/assets/a.css"}]}""", "1.0.0", "no-cache");
        }
    }

    /** An app written without the SDK, the way a team in another language would. */
    private static RunningApp handWritten(String manifest, String version, String assetCaching) {
        var server = Javalin.create(config -> {
                    config.startup.showJavalinBanner = false;
                    config.routes.before(ctx -> ctx.header("podlet-version", version));
                    config.routes.get("/manifest.json", ctx -> ctx.contentType("application/json")
                            .result(manifest));
                    config.routes.get("/content", ctx -> ctx.html("<p>x</p>"));
                    config.routes.get("/fallback", ctx -> ctx.html("<p>later</p>"));
                    config.routes.get("/assets/a.css", ctx -> ctx.contentType("text/css")
                            .header("Cache-Control", assetCaching)
                            .result("p{}"));
                    config.routes.get("/health", ctx -> ctx.json(java.util.Map.of("status", "UP")));
                })
                .start("127.0.0.1", 0);
        return RunningApp.onLocalPort(server.port(), server::stop);
    }
}
