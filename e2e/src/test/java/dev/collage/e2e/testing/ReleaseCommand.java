package dev.collage.e2e.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** The release command the README gives app teams, run as they would run it. */
public final class ReleaseCommand {

    private final Path script = Path.of(System.getProperty("collage.root", ".."))
            .toAbsolutePath()
            .normalize()
            .resolve("tools/collage-release");
    private final Shop shop;

    public ReleaseCommand(Shop shop) {
        this.shop = shop;
    }

    /** Runs {@code tools/collage-release <args>} and returns what it printed; fails on a non-zero exit. */
    public String run(String... args) {
        var command = new ArrayList<>(List.of("bash", script.toString()));
        command.addAll(List.of(args));
        var builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put("COLLAGE_URL", shop.url("").toString());
        builder.environment().put("COLLAGE_ADMIN_TOKEN", Shop.ADMIN_TOKEN);
        builder.environment().put("COLLAGE_ACTOR", "e2e");
        try {
            var process = builder.start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new AssertionError("collage-release " + String.join(" ", args) + " failed: " + output);
            }
            return output;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
