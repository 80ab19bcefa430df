package dev.collage.shell;

import dev.collage.sdk.app.Listen;
import dev.collage.shell.admin.AdminToken;
import dev.collage.shell.config.ConfigException;
import dev.collage.shell.config.ConfigLoader;
import dev.collage.shell.config.ShellConfig;
import java.nio.file.Path;
import java.util.Map;
import org.slf4j.LoggerFactory;

/**
 * Starts the shell: the config named by the first argument or {@code COLLAGE_CONFIG}, else the
 * built-in one (the shop with its three apps on this machine). The admin API is on when
 * {@code COLLAGE_ADMIN_TOKEN} is set; release changes are saved to {@code COLLAGE_STATE_FILE},
 * by default {@code collage-state.json} next to the config. Anything it cannot use stops it
 * before it listens, with the file, the line and the problem.
 */
public final class ShellMain {

    private ShellMain() {}

    public static void main(String[] args) {
        Map<String, String> env = System.getenv();
        Shell shell;
        Listen listen;
        try {
            var loader = new ConfigLoader(env);
            String file = args.length > 0 ? args[0] : env.get("COLLAGE_CONFIG");
            boolean builtIn = file == null || file.isBlank();
            ShellConfig config = builtIn ? loader.loadBuiltIn() : loader.load(Path.of(file));
            listen = Listen.fromEnvironment(
                    env, config.server().host(), config.server().port());
            var options = ShellOptions.defaults().withStateFile(stateFile(env, builtIn ? null : Path.of(file)));
            var token = AdminToken.of(env.get("COLLAGE_ADMIN_TOKEN"));
            if (token.isPresent()) {
                options = options.withAdminToken(token.get());
            } else {
                LoggerFactory.getLogger(ShellMain.class)
                        .info("event=admin_off reason=\"COLLAGE_ADMIN_TOKEN is not set\"");
            }
            shell = Shell.create(config, options);
        } catch (ConfigException | IllegalArgumentException | IllegalStateException e) {
            System.err.println("collage-shell: cannot start: " + e.getMessage());
            System.exit(2);
            return;
        }
        shell.start(listen.host(), listen.port());
        Runtime.getRuntime().addShutdownHook(new Thread(shell::close, "shell-shutdown"));
    }

    private static Path stateFile(Map<String, String> env, Path config) {
        String named = env.get("COLLAGE_STATE_FILE");
        if (named != null && !named.isBlank()) {
            return Path.of(named);
        }
        Path dir = config == null ? Path.of("") : config.toAbsolutePath().getParent();
        return dir.resolve("collage-state.json");
    }
}
