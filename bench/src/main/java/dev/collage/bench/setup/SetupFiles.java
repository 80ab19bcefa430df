package dev.collage.bench.setup;

import dev.collage.bench.Args;
import dev.collage.bench.fragments.FragmentHtml;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.stream.Collectors;

/**
 * {@code setup --dir D [--port-base 18100] [--bytes 2048] [--slow 300ms] [--hang-timeout 500ms]}:
 * writes one run's files: the shell's config and layout, nginx's config and pages, and
 * {@code bench.env}, the ports and names {@code bench/run} reads, so they are decided in one
 * place.
 */
public final class SetupFiles {

    private SetupFiles() {}

    public static void run(Args args) throws IOException {
        Path dir = Path.of(args.text("dir")).toAbsolutePath();
        var scenario = new Scenario(
                new PortPlan(args.integer("port-base", 18100)),
                args.integer("bytes", 2048),
                args.duration("slow", Duration.ofMillis(300)),
                args.duration("hang-timeout", Duration.ofMillis(500)));

        Path shell = Files.createDirectories(dir.resolve("shell"));
        write(shell.resolve("collage.yaml"), ShellConfig.yaml(scenario));
        write(shell.resolve(ShellConfig.LAYOUT_FILE), Layout.forShell());

        Path nginx = Files.createDirectories(dir.resolve("nginx"));
        Files.createDirectories(nginx.resolve("tmp"));
        Path www = Files.createDirectories(nginx.resolve("www"));
        boolean root = "root".equals(System.getProperty("user.name"));
        write(nginx.resolve("nginx.conf"), NginxConfig.conf(scenario, nginx, root));
        for (BenchPage page : scenario.pages()) {
            write(www.resolve(page.fileName() + ".html"), Layout.forNginx(page));
        }

        write(dir.resolve("bench.env"), env(scenario));
    }

    private static String env(Scenario scenario) {
        PortPlan ports = scenario.ports();
        String specs = scenario.apps().stream().map(BenchApp::serverSpec).collect(Collectors.joining(" "));
        String pageMarkers = scenario.pages().get(0).apps().stream()
                .map(FragmentHtml::endMarker)
                .collect(Collectors.joining(" "));
        var env = new StringBuilder();
        env.append("FRAGMENT_APPS='").append(specs).append("'\n");
        env.append("FRAGMENT_PORTS='")
                .append(scenario.apps().stream()
                        .filter(a -> a.delay().isZero() && !a.hangs())
                        .map(a -> a.name() + ":" + a.port())
                        .collect(Collectors.joining(" ")))
                .append("'\n");
        env.append("PAGE='").append(Scenario.PAGE).append("'\n");
        env.append("PAGE_MARKERS='").append(pageMarkers).append("'\n");
        env.append("SHELL_PORT=").append(ports.shell()).append('\n');
        env.append("NGINX_PORT=").append(ports.nginx()).append('\n');
        env.append("STARTUP_SHELL_PORT=").append(ports.startupShell()).append('\n');
        env.append("WEATHER_PORT=").append(ports.weather()).append('\n');
        env.append("REVIEWS_PORT=").append(ports.reviews()).append('\n');
        env.append("RECOMMENDATIONS_PORT=").append(ports.recommendations()).append('\n');
        env.append("SHOP_SHELL_PORT=").append(ports.shopShell()).append('\n');
        return env.toString();
    }

    private static void write(Path file, String text) throws IOException {
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }
}
