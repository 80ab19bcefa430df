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
import java.util.concurrent.TimeUnit;

/**
 * The whole shop as a visitor meets it: the shell and the three apps, each its own built jar
 * started as its own process on a free port, exactly as the run command starts them. Nothing
 * of theirs is on this module's class path. A test can start more processes beside them: a
 * new release of an app.
 */
public final class Shop implements AutoCloseable {

    /** One runtime unit: its name and its jar under the repository root. */
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

    /** An app process started besides the shop's own: a new release of an app. */
    public record Release(String name, int port, Process process) {
        public URI manifest() {
            return URI.create("http://127.0.0.1:" + port + "/manifest.json");
        }
    }

    /** The shell's admin token in every shop the tests start; admin is off without one. */
    public static final String ADMIN_TOKEN = "e2e-admin-token-" + Long.toHexString(System.nanoTime());

    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private static final List<Unit> APPS = List.of(Unit.WEATHER, Unit.REVIEWS, Unit.RECOMMENDATIONS);

    private final Path root =
            Path.of(System.getProperty("collage.root", "..")).toAbsolutePath().normalize();
    private final Path runDir;
    private final Map<Unit, Integer> ports = new LinkedHashMap<>();
    private final Map<Unit, Process> processes = new LinkedHashMap<>();
    private final List<Process> extra = new ArrayList<>();

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
            for (Unit app : APPS) {
                shop.processes.put(app, shop.launch(app.name, shop.jar(app), shop.appEnvironment(app)));
            }
            var env = new LinkedHashMap<>(shop.shellEnvironment());
            links.forEach((app, link) -> {
                link.forwardTo(shop.ports.get(app));
                env.put(
                        "COLLAGE_APPS_" + app.name() + "_MANIFEST",
                        "http://127.0.0.1:" + link.port() + "/manifest.json");
            });
            env.putAll(shellEnv);
            shop.processes.put(Unit.SHELL, shop.launch(Unit.SHELL.name, shop.jar(Unit.SHELL), env));
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

    /** The built jar of {@code unit}. */
    public Path jar(Unit unit) {
        Path jar = root.resolve(unit.jar);
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar + " is not built; build it first with: mvn -pl e2e -am verify");
        }
        return jar;
    }

    /** Kills a unit the hard way, as a crash would: no shutdown hooks, connections cut. */
    public void kill(Unit unit) throws InterruptedException {
        var process = processes.get(unit);
        process.destroyForcibly();
        process.waitFor();
    }

    /** Starts {@code jar} as another process of {@code app} on a free port, and waits for its health. */
    public Release startRelease(Unit app, String name, Path jar, Map<String, String> env) {
        try {
            int port = freePort();
            var processEnv = new LinkedHashMap<>(appEnvironment(app));
            processEnv.put("PORT", Integer.toString(port));
            processEnv.putAll(env);
            var process = launch(name, jar, processEnv);
            extra.add(process);
            Instant giveUp = Instant.now().plusSeconds(60);
            while (!answers(port, false)) {
                if (!process.isAlive() || Instant.now().isAfter(giveUp)) {
                    throw new IllegalStateException(name + " did not come up; see " + runDir.resolve(name + ".log"));
                }
                pause(100);
            }
            return new Release(name, port, process);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
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
        env.put("COLLAGE_ADMIN_TOKEN", ADMIN_TOKEN);
        env.put("COLLAGE_STATE_FILE", runDir.resolve("collage-state.json").toString());
        for (Unit app : APPS) {
            env.put(
                    "COLLAGE_APPS_" + app.name() + "_MANIFEST",
                    "http://127.0.0.1:" + ports.get(app) + "/manifest.json");
        }
        return env;
    }

    private Process launch(String name, Path jar, Map<String, String> env) throws IOException {
        String java = ProcessHandle.current().info().command().orElse("java");
        var builder = new ProcessBuilder(java, "-Xshare:auto", "-jar", jar.toString())
                .directory(runDir.toFile())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(new File(runDir.toFile(), name + ".log")));
        builder.environment().putAll(env);
        return builder.start();
    }

    private void awaitHealthy(Duration patience) {
        Instant giveUp = Instant.now().plus(patience);
        var waiting = new ArrayList<>(List.of(Unit.values()));
        while (!waiting.isEmpty()) {
            // the shell is only ready for a visitor once it has read every app's manifest
            waiting.removeIf(unit -> answers(ports.get(unit), unit == Unit.SHELL));
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

    private static boolean answers(int port, boolean allAppsReady) {
        try {
            var response = HTTP.send(
                    HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/health"))
                            .timeout(Duration.ofSeconds(2))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            return response.statusCode() == 200
                    && (!allAppsReady || response.body().contains("\"apps\":\"ready\""));
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
        var all = new ArrayList<>(extra);
        all.addAll(processes.values());
        all.forEach(Process::destroy);
        for (Process process : all) {
            try {
                if (!process.waitFor(10, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
