package dev.collage.weather.web;

import dev.collage.conformance.ContractConformanceTest;
import dev.collage.conformance.RunningApp;
import dev.collage.weather.WeatherApp;
import dev.collage.weather.WeatherConfig;
import dev.collage.weather.testing.WeatherServer;
import java.util.Map;

class WeatherConformanceTest extends ContractConformanceTest {

    @Override
    protected RunningApp startApp() {
        var server = WeatherApp.server(WeatherConfig.defaults(), WeatherServer.JANUARY_15)
                .start("127.0.0.1", 0);
        return RunningApp.onLocalPort(server.port(), server::stop);
    }

    @Override
    protected Map<String, String> contentParameters() {
        return Map.of("city", "oslo");
    }
}
