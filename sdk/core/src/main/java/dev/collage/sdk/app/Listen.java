package dev.collage.sdk.app;

import java.util.Map;

/**
 * Where a process listens: {@code HOST} (default {@code 127.0.0.1}, so an app is not
 * reachable from outside the machine unless its operator says so) and {@code PORT}.
 */
public record Listen(String host, int port) {

    public static Listen fromEnvironment(Map<String, String> env, int defaultPort) {
        return fromEnvironment(env, "127.0.0.1", defaultPort);
    }

    public static Listen fromEnvironment(Map<String, String> env, String defaultHost, int defaultPort) {
        String host = env.getOrDefault("HOST", defaultHost).strip();
        String port = env.getOrDefault("PORT", Integer.toString(defaultPort)).strip();
        try {
            int value = Integer.parseInt(port);
            if (value < 0 || value > 65535) {
                throw new NumberFormatException();
            }
            return new Listen(host.isEmpty() ? defaultHost : host, value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("PORT must be a number from 0 to 65535, was '" + port + "'");
        }
    }
}
