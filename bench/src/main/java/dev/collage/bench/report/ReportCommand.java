package dev.collage.bench.report;

import dev.collage.bench.Args;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * {@code report --in measurements.properties --dir D --name latest}: writes {@code D/latest.md}
 * and its chart {@code D/latest.svg} from one run's measurements.
 */
public final class ReportCommand {

    private static final String SHELL_COLOUR = "#2f6f4f";
    private static final String NGINX_COLOUR = "#9aa5b1";

    private ReportCommand() {}

    public static void run(Args args) throws IOException {
        var measurements = Measurements.read(Path.of(args.text("in")));
        Path dir = Files.createDirectories(Path.of(args.text("dir")));
        String name = args.text("name");
        Files.writeString(
                dir.resolve(name + ".md"),
                new MarkdownReport(measurements).render(name + ".svg"),
                StandardCharsets.UTF_8);
        Files.writeString(dir.resolve(name + ".svg"), chart(measurements), StandardCharsets.UTF_8);
    }

    static String chart(Measurements m) {
        var groups = MarkdownReport.CONNECTIONS.stream().map(c -> c + " conn.").toList();
        return BarChart.svg(
                "Collage shell vs nginx SSI, 3 × " + m.text("meta.fragment_bytes") + " B fragments — "
                        + m.text("meta.nproc") + " CPUs, " + m.text("meta.date"),
                List.of(
                        new BarChart.Panel("pages per second", "higher is better", groups, series(m, "rps")),
                        new BarChart.Panel("p99 latency", "ms, lower is better", groups, series(m, "p99_ms")),
                        new BarChart.Panel("CPU per page", "ms, lower is better", groups, cpuSeries(m))));
    }

    private static List<BarChart.Series> series(Measurements m, String figure) {
        return List.of(
                new BarChart.Series("Collage shell", SHELL_COLOUR, values(m, "shell", figure)),
                new BarChart.Series("nginx SSI", NGINX_COLOUR, values(m, "nginx", figure)));
    }

    /** The composer's user + kernel CPU per page, as the report computes it. */
    private static List<BarChart.Series> cpuSeries(Measurements m) {
        var report = new MarkdownReport(m);
        return List.of(
                new BarChart.Series("Collage shell", SHELL_COLOUR, cpu(report, "shell")),
                new BarChart.Series("nginx SSI", NGINX_COLOUR, cpu(report, "nginx")));
    }

    private static List<Double> cpu(MarkdownReport report, String target) {
        return MarkdownReport.CONNECTIONS.stream()
                .map(c -> report.cpuPerPage(target, c))
                .map(v -> v.isPresent() ? v.getAsDouble() : Double.NaN)
                .toList();
    }

    private static List<Double> values(Measurements m, String target, String figure) {
        return MarkdownReport.CONNECTIONS.stream()
                .map(c -> m.number("wrk." + target + ".c" + c + "." + figure))
                .map(v -> v.isPresent() ? v.getAsDouble() : Double.NaN)
                .toList();
    }
}
