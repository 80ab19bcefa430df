package dev.collage.weather;

import java.time.Clock;

/** Reads the settings from the environment, builds the app and serves it. */
public final class WeatherMain {

    static final int DEFAULT_PORT = 7101;

    private WeatherMain() {}

    public static void main(String[] args) {
        var config = WeatherConfig.fromEnvironment(System.getenv());
        WeatherApp.assemble(config, Clock.systemUTC()).run(DEFAULT_PORT);
    }
}
