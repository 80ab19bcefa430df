package dev.collage.recommendations;

import dev.collage.conformance.ContractConformanceTest;
import dev.collage.conformance.RunningApp;
import java.util.Map;

class RecommendationsConformanceTest extends ContractConformanceTest {

    @Override
    protected RunningApp startApp() {
        var server = RecommendationsApp.server(RecommendationsConfig.defaults()).start("127.0.0.1", 0);
        return RunningApp.onLocalPort(server.port(), server::stop);
    }

    @Override
    protected Map<String, String> contentParameters() {
        return Map.of("view", "list", "product", "1");
    }
}
