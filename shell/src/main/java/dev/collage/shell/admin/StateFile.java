package dev.collage.shell.admin;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.collage.shell.config.AppConfig;
import dev.collage.shell.config.UpstreamConfig;
import dev.collage.shell.registry.AppRegistry;
import dev.collage.shell.registry.RegisteredApp;
import dev.collage.shell.registry.Upstream;
import dev.collage.shell.registry.UpstreamRole;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The releases as the admin API left them, saved next to the config after every change, so a
 * restarted shell carries on where it was: the same upstreams, weights, canaries and drains.
 * For an app it names, the file wins over the config's upstreams; delete it to go back to the
 * config. It is written whole, to a temporary file renamed over the old one, so a crash never
 * leaves half a file.
 */
public final class StateFile {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private final Path path;

    public StateFile(Path path) {
        this.path = path;
    }

    public Path path() {
        return path;
    }

    public synchronized void save(AppRegistry registry) {
        var apps = new LinkedHashMap<String, Object>();
        for (RegisteredApp app : registry.all()) {
            var upstreams = new ArrayList<Map<String, Object>>();
            for (Upstream upstream : app.upstreams()) {
                var saved = new LinkedHashMap<String, Object>();
                saved.put("id", upstream.id());
                saved.put("manifest", upstream.manifestUri().toString());
                saved.put("weight", upstream.weight());
                saved.put("canary", upstream.canary());
                saved.put("draining", upstream.draining());
                upstreams.add(saved);
            }
            apps.put(app.name(), Map.of("upstreams", upstreams));
        }
        try {
            Path dir = path.toAbsolutePath().getParent();
            Files.createDirectories(dir);
            Path temporary = Files.createTempFile(dir, ".collage-state", ".json");
            Files.writeString(temporary, JSON.writeValueAsString(Map.of("apps", apps)), StandardCharsets.UTF_8);
            Files.move(temporary, path, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot save the release state to " + path, e);
        }
    }

    /**
     * Puts the saved releases back into {@code registry}. An app the config does not know gets
     * {@code defaults}' settings.
     *
     * @throws IllegalStateException naming the file and the problem when it cannot be read
     */
    public void restore(AppRegistry registry, Function<String, AppConfig> defaults) {
        if (!Files.exists(path)) {
            return;
        }
        JsonNode root;
        try {
            root = JSON.readTree(Files.readString(path, StandardCharsets.UTF_8));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(path + ": is not valid JSON: " + e.getOriginalMessage()
                    + "; fix it or delete it to start from the config alone");
        } catch (IOException e) {
            throw new IllegalStateException(path + ": cannot be read: " + e.getMessage());
        }
        if (root == null || !root.path("apps").isObject()) {
            throw new IllegalStateException(path + ": has no \"apps\" object");
        }
        root.path("apps").fields().forEachRemaining(entry -> {
            String name = entry.getKey();
            var upstreams = new ArrayList<UpstreamConfig>();
            var roles = new LinkedHashMap<String, UpstreamRole>();
            for (JsonNode saved : entry.getValue().path("upstreams")) {
                String id = saved.path("id").asText("");
                String manifest = saved.path("manifest").asText("");
                int weight = saved.path("weight").asInt(-1);
                if (!UpstreamConfig.ID.matcher(id).matches()
                        || !manifest.startsWith("http")
                        || weight < 0
                        || weight > 100) {
                    throw new IllegalStateException(
                            path + ": apps." + name + " has an upstream that cannot be read: " + saved);
                }
                upstreams.add(new UpstreamConfig(id, URI.create(manifest), weight));
                roles.put(
                        id,
                        new UpstreamRole(
                                saved.path("canary").asBoolean(),
                                saved.path("draining").asBoolean()));
            }
            if (upstreams.isEmpty()) {
                throw new IllegalStateException(path + ": apps." + name + " has no upstreams");
            }
            AppConfig base = registry.find(name).map(RegisteredApp::config).orElseGet(() -> defaults.apply(name));
            registry.register(base.withUpstreams(List.copyOf(upstreams)), roles, "restored from " + path.getFileName());
        });
    }
}
