package dev.collage.conformance;

import dev.collage.sdk.app.MicroApp;
import dev.collage.sdk.context.PodiumContext;
import java.util.Map;

/** The kit passes an app that keeps the contract: the kit's own baseline. */
class WellBehavedAppConformanceTest extends ContractConformanceTest {

    @Override
    protected RunningApp startApp() {
        var server = MicroApp.builder(WellBehavedAppConformanceTest.class)
                .content(
                        "/content",
                        ctx -> ctx.result("<demo-card data-api=\""
                                + PodiumContext.from(ctx::header).publicPath("api") + "\">"
                                + ctx.queryParam("product") + "</demo-card>"))
                .fallback("/fallback", ctx -> ctx.result("<demo-card>Back soon.</demo-card>"))
                .css("demo.css")
                .js("demo.js")
                .proxy("api", "/api")
                .build()
                .server(config -> {})
                .start("127.0.0.1", 0);
        return RunningApp.onLocalPort(server.port(), server::stop);
    }

    @Override
    protected Map<String, String> contentParameters() {
        return Map.of("product", "7");
    }
}
