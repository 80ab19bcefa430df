package dev.collage.shell;

import dev.collage.shell.admin.AdminToken;
import dev.collage.shell.registry.ManifestRefresher;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;

/**
 * How a shell runs, besides its config: its clock, how often it reads manifests, whether the
 * admin API is on (only with a token), and where release changes are saved.
 *
 * @param stateFile where release changes are saved and restored from; empty keeps them in memory
 */
public record ShellOptions(
        Clock clock, ManifestRefresher.Schedule schedule, Optional<AdminToken> adminToken, Optional<Path> stateFile) {

    public static ShellOptions defaults() {
        return new ShellOptions(
                Clock.systemUTC(), ManifestRefresher.Schedule.defaults(), Optional.empty(), Optional.empty());
    }

    public ShellOptions withAdminToken(AdminToken token) {
        return new ShellOptions(clock, schedule, Optional.of(token), stateFile);
    }

    public ShellOptions withStateFile(Path file) {
        return new ShellOptions(clock, schedule, adminToken, Optional.of(file));
    }
}
