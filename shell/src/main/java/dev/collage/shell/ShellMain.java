package dev.collage.shell;

import dev.collage.sdk.app.Listen;
import dev.collage.shell.config.ConfigException;
import dev.collage.shell.config.ConfigLoader;
import dev.collage.shell.config.ShellConfig;
import dev.collage.shell.registry.ManifestRefresher;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;

/**
 * Starts the shell: the config named by the first argument or {@code COLLAGE_CONFIG}, else the
 * built-in one (the shop with its three apps on this machine). A config it cannot use stops it
 * before it listens, with the file, the line and the problem.
 */
public final class ShellMain {

    private ShellMain() {}

    public static void main(String[] args) {
        Map<String, String> env = System.getenv();
        ShellConfig config;
        Shell shell;
        Listen listen;
        try {
            var loader = new ConfigLoader(env);
            String file = args.length > 0 ? args[0] : env.get("COLLAGE_CONFIG");
            config = file == null || file.isBlank() ? loader.loadBuiltIn() : loader.load(Path.of(file));
            listen = Listen.fromEnvironment(
                    env, config.server().host(), config.server().port());
            shell = Shell.create(config, Clock.systemUTC(), ManifestRefresher.Schedule.defaults());
        } catch (ConfigException | IllegalArgumentException e) {
            System.err.println("collage-shell: cannot start: " + e.getMessage());
            System.exit(2);
            return;
        }
        shell.start(listen.host(), listen.port());
        Runtime.getRuntime().addShutdownHook(new Thread(shell::close, "shell-shutdown"));
    }
}
