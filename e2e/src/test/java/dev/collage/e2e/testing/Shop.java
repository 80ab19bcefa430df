package dev.collage.e2e.testing;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The whole shop as a visitor meets it: the shell and the three apps, each its own built jar
 * started as its own process on a free port, exactly as the run command starts them. Nothing
 * of theirs is on this module's class path.
 */
public final class Shop implements AutoCloseable {

    /** One runtime unit: its name, its jar under the repository root, and its health path. */
    public enum Unit {
        WEATHER("weather", "apps/weather/target/weather.jar"),
        REVIEWS("reviews", "apps/reviews/target/reviews.jar"),
        RECOMMENDATIONS("recommendations", "apps/recommendations/target/recommendations.jar"),
        SHELL("shell", "shell/target/collage-shell.jar");

        final String name;
        final String jar;

        Unit(String name, String jar) {
            this.name = name;
            this.jar = jar;
        }
    }

    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final Path root =
            Path.of(System.getProperty("collage.root", "..")).toAbsolutePath().normalize();
    private final Path runDir;
    private final Map<Unit, Integer> ports = new LinkedHashMap<>();
    private final Map<Unit, Process> processes = new LinkedHashMap<>();

    private Shop(String name) throws IOException {
        Path out = Path.of(System.getProperty("collage.out", "target")).toAbsolutePath();
        this.runDir = Files.createDirectories(out.resolve("e2e-runs").resolve(name + "-" + System.currentTimeMillis()));
    }

    /** Starts the three apps and the shell, and returns once the shell has read every manifest. */
    public static Shop start(String name) {
        return start(name, Map.of());
    }

    /** As {@link #start(String)}, with extra environment for the shell (config overrides). */
    public static Shop start(String name, Map<String, String> shellEnv) {
        return start(name, shellEnv, Map.of());
    }

    /**
     * As {@link #start(String, Map)}, with the shell reaching some apps through a
     * {@link SlowLink} the test controls instead of directly.
     */
    public static Shop start(String name, Map<String, String> shellEnv, Map<Unit, SlowLink> links) {
        try {
            var shop = new Shop(name);
            for (Unit unit : Unit.values()) {
                shop.ports.put(unit, freePort());
            }
            for (Unit app : List.of(Unit.WEATHER, Unit.REVIEWS, Unit.RECOMMENDATIONS)) {
                shop.launch(app, shop.appEnvironment(app));
            }
            var env = new LinkedHashMap<>(shop.shellEnvironment());
            links.forEach((app, link) -> {
                link.forwardTo(shop.ports.get(app));
                env.put(
                        "COLLAGE_APPS_" + app.name() + "_MANIFEST",
                        "http://127.0.0.1:" + link.port() + "/manifest.json");
            });
            env.putAll(shellEnv);
            shop.launch(Unit.SHELL, env);
            shop.awaitHealthy(Duration.ofSeconds(60));
            return shop;
        } catch (IOException e) {
            throw new IllegalStateException("cannot start the shop", e);
        }
    }

    public URI url(String path) {
        return URI.create("http://127.0.0.1:" + ports.get(Unit.SHELL) + path);
    }

    public long pid(Unit unit) {
        return processes.get(unit).pid();
    }

    /** Kills a unit the hard way, as a crash would: no shutdown hooks, connections cut. */
    public void kill(Unit unit) throws InterruptedException {
        var process = processes.get(unit);
        process.destroyForcibly();
        process.waitFor();
    }

    public Path runDir() {
        return runDir;
    }

    private Map<String, String> appEnvironment(Unit app) {
        var env = new LinkedHashMap<String, String>();
        env.put("HOST", "127.0.0.1");
        env.put("PORT", Integer.toString(ports.get(app)));
        if (app == Unit.REVIEWS) {
            env.put("REVIEWS_SQLITE_PATH", runDir.resolve("reviews.db").toString());
        }
        return env;
    }

    private Map<String, String> shellEnvironment() {
        var env = new LinkedHashMap<String, String>();
        env.put("HOST", "127.0.0.1");
        env.put("PORT", Integer.toString(ports.get(Unit.SHELL)));
        for (Unit app : List.of(Unit.WEATHER, Unit.REVIEWS, Unit.RECOMMENDATIONS)) {
            env.put(
                    "COLLAGE_APPS_" + app.name() + "_MANIFEST",
                    "http://127.0.0.1:" + ports.get(app) + "/manifest.json");
        }
        return env;
    }

    private void launch(Unit unit, Map<String, String> env) throws IOException {
        Path jar = root.resolve(unit.jar);
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar + " is not built; build it first with: mvn -pl e2e -am verify");
        }
        String java = ProcessHandle.current().info().command().orElse("java");
        var builder = new ProcessBuilder(java, "-Xshare:auto", "-jar", jar.toString())
                .directory(runDir.toFile())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(new File(runDir.toFile(), unit.name + ".log")));
        builder.environment().putAll(env);
        processes.put(unit, builder.start());
    }

    private void awaitHealthy(Duration patience) {
        Instant giveUp = Instant.now().plus(patience);
        var waiting = new ArrayList<>(List.of(Unit.values()));
        while (!waiting.isEmpty()) {
            waiting.removeIf(this::healthy);
            for (Unit unit : waiting) {
                if (!processes.get(unit).isAlive()) {
                    throw new IllegalStateException(unit.name + " exited; see " + runDir.resolve(unit.name + ".log"));
                }
            }
            if (Instant.now().isAfter(giveUp)) {
                throw new IllegalStateException(waiting + " not healthy after " + patience + "; logs in " + runDir);
            }
            pause(100);
        }
    }

    private boolean healthy(Unit unit) {
        try {
            var response = HTTP.send(
                    HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + ports.get(unit) + "/health"))
                            .timeout(Duration.ofSeconds(2))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            // the shell is only ready for a visitor once it has read every app's manifest
            return response.statusCode() == 200
                    && (unit != Unit.SHELL || response.body().contains("\"apps\":\"ready\""));
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static int freePort() throws IOException {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        processes.values().forEach(Process::destroy);
        for (Process process : processes.values()) {
            try {
                if (!process.waitFor(10, java.util.concurrent.TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
