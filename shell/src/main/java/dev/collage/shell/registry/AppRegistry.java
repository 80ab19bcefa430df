package dev.collage.shell.registry;

import dev.collage.shell.config.AppConfig;
import java.time.Clock;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** Every app the shell composes, by name, in the order of the config. */
public final class AppRegistry {

    private final Map<String, RegisteredApp> apps = new LinkedHashMap<>();

    public AppRegistry(Collection<AppConfig> configs, Clock clock) {
        configs.forEach(config -> apps.put(config.name(), new RegisteredApp(config, clock)));
    }

    public Optional<RegisteredApp> find(String name) {
        return Optional.ofNullable(apps.get(name));
    }

    public RegisteredApp get(String name) {
        return find(name).orElseThrow(() -> new IllegalArgumentException("no app named " + name));
    }

    public Collection<RegisteredApp> all() {
        return Collections.unmodifiableCollection(apps.values());
    }
}
