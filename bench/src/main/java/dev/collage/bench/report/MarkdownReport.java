package dev.collage.bench.report;

import java.util.List;
import java.util.OptionalDouble;

/**
 * The run's results as one Markdown page: where and how it ran, then one section per scenario,
 * every figure taken from the measurements as they were collected. It states figures, not
 * conclusions: those belong to whoever reads several runs.
 */
final class MarkdownReport {

    static final List<Integer> CONNECTIONS = List.of(1, 32, 256);
    static final List<String> FRAGMENTS = List.of("f1", "f2", "f3");
    private static final List<String> STREAMING_PAGES = List.of("slow-first", "slow-middle", "slow-last");
    private static final List<String> APIS =
            List.of("weather-forecast", "weather-cities", "recommendations", "reviews");

    private final Measurements m;

    MarkdownReport(Measurements m) {
        this.m = m;
    }

    String render(String chartFile) {
        var out = new StringBuilder();
        out.append("# Collage benchmark: ").append(m.text("meta.date")).append("\n\n");
        out.append(machine());
        out.append(busyMachineWarning());
        out.append("![pages per second, p99 latency and CPU per page, shell and nginx](")
                .append(chartFile)
                .append(")\n\n");
        out.append(pages());
        out.append(fragmentsAlone());
        out.append(overhead());
        out.append(streaming());
        out.append(hang());
        out.append(memory());
        out.append(startup());
        out.append(apis());
        out.append(notes());
        return out.toString();
    }

    private String machine() {
        return new MarkdownTable("what", "value")
                        .row(
                                "command",
                                "`" + m.text("meta.command") + "` (" + m.text("meta.mode") + " mode), "
                                        + m.format("meta.duration_s", 0) + " s")
                        .row("commit", m.text("meta.git_commit"))
                        .row(
                                "machine",
                                m.text("meta.nproc") + " CPUs, " + m.text("meta.cpu_model") + ", "
                                        + m.text("meta.memory_gb") + " GB, " + m.text("meta.os") + ", Linux "
                                        + m.text("meta.kernel"))
                        .row(
                                "load average (1, 5, 15 min)",
                                "at start " + m.text("meta.loadavg_start") + "; at end " + m.text("meta.loadavg_end"))
                        .row("JDK (shell, apps, clients)", m.text("meta.jdk") + " (`" + m.text("meta.jdk_home") + "`)")
                        .row("shell's JVM options", "`" + m.text("meta.shell_java_opts") + "`")
                        .row("nginx", m.text("meta.nginx"))
                        .row("wrk", m.text("meta.wrk"))
                        .row(
                                "runs",
                                "warm-up " + m.text("meta.warmup_s") + " s per composer, then per concurrency "
                                        + m.text("meta.step_warmup_s") + " s warm-up and " + m.text("meta.run_s")
                                        + " s measured (warm-ups not counted); fragments alone "
                                        + m.text("meta.fragment_run_s") + " s; APIs " + m.text("meta.api_run_s")
                                        + " s; " + m.text("meta.samples") + " samples per streaming figure")
                        .render()
                + "\n";
    }

    /** Said up front when other work competed for the CPUs: it moves every figure but CPU per page. */
    private String busyMachineWarning() {
        OptionalDouble cpus = m.number("meta.nproc");
        String[] start = m.text("meta.loadavg_start").split(" ");
        if (cpus.isEmpty() || start[0].isEmpty()) {
            return "";
        }
        double load = Double.parseDouble(start[0]);
        if (load <= cpus.getAsDouble() / 2) {
            return "";
        }
        return "> **The machine was busy with other work** (load average " + start[0] + " on "
                + Measurements.format(cpus, 0) + " CPUs when the run started): rates are lower and tail latencies"
                + " higher than on a quiet machine, and vary from run to run. CPU time per page or request is"
                + " the steadier figure for comparisons.\n\n";
    }

    private String pages() {
        var table = new MarkdownTable(
                "connections",
                "composer",
                "#pages/s",
                "#p50 ms",
                "#p99 ms",
                "#p99.9 ms",
                "#errors",
                "#CPU ms per page",
                "#of which kernel",
                "#context switches per page",
                "#bytes per response");
        for (int c : CONNECTIONS) {
            for (String target : List.of("shell", "nginx")) {
                String key = "wrk." + target + ".c" + c;
                table.row(
                        Integer.toString(c),
                        target.equals("shell") ? "Collage shell" : "nginx SSI",
                        m.format(key + ".rps", 0),
                        m.format(key + ".p50_ms", 2),
                        m.format(key + ".p99_ms", 2),
                        m.format(key + ".p999_ms", 2),
                        errors(key),
                        Measurements.format(cpuPerPage(target, c), 3),
                        Measurements.format(perPage("cpu." + target + ".c" + c + ".system_s", target, c), 3),
                        Measurements.format(
                                countPerPage("cpu." + target + ".c" + c + ".context_switches", target, c), 1),
                        m.format(key + ".bytes_per_response", 0));
            }
        }
        var ratios = new MarkdownTable("connections", "#shell/nginx pages/s", "#shell/nginx p50", "#shell/nginx p99");
        for (int c : CONNECTIONS) {
            ratios.row(
                    Integer.toString(c),
                    Measurements.format(ratio("wrk.shell.c" + c + ".rps", "wrk.nginx.c" + c + ".rps"), 2),
                    Measurements.format(ratio("wrk.shell.c" + c + ".p50_ms", "wrk.nginx.c" + c + ".p50_ms"), 2),
                    Measurements.format(ratio("wrk.shell.c" + c + ".p99_ms", "wrk.nginx.c" + c + ".p99_ms"), 2));
        }
        return "## Pages: the shell vs nginx SSI\n\n"
                + "The same page from both: an HTML layout with three slots, each a 2 KB fragment from its own"
                + " fragment server (`" + m.text("meta.fragment_bytes") + "` bytes, `Cache-Control: no-store`, so"
                + " both call every app for every page). wrk, 2 threads (1 at one connection), closed loop."
                + " Errors: socket errors + non-2xx + incomplete pages (a fragment's end marker missing)."
                + " CPU per page: the composer's CPU time (user + kernel, from `/proc/<pid>/stat`) during the run"
                + " over the pages it served; context switches likewise, summed over its threads (a lower"
                + " bound: threads that ended during the run are not counted).\n\n"
                + table.render() + "\n" + ratios.render() + "\n"
                + "Shell slots since start (from its `/metrics`): " + m.format("shell.slots_ok", 0) + " ok, "
                + m.format("shell.slots_not_ok", 0) + " not ok. Fragment servers' CPU per page: "
                + Measurements.format(cpuPerPage("cpu.shell.c32.fragments", "shell", 32), 3) + " ms under the shell, "
                + Measurements.format(cpuPerPage("cpu.nginx.c32.fragments", "nginx", 32), 3)
                + " ms under nginx (32 connections).\n\n";
    }

    private String errors(String key) {
        OptionalDouble total = m.number(key + ".errors");
        if (total.isEmpty()) {
            return "–";
        }
        if (total.getAsDouble() == 0) {
            return "0";
        }
        return Measurements.format(total, 0) + " (" + m.format(key + ".non2xx", 0) + " non-2xx, "
                + m.format(key + ".incomplete", 0) + " incomplete)";
    }

    private String fragmentsAlone() {
        var table = new MarkdownTable("fragment server", "connections", "#requests/s", "#p50 ms", "#p99 ms", "#errors");
        for (String app : FRAGMENTS) {
            for (int c : CONNECTIONS) {
                String key = "wrk.fragment." + app + ".c" + c;
                if (m.has(key + ".rps")) {
                    table.row(
                            app,
                            Integer.toString(c),
                            m.format(key + ".rps", 0),
                            m.format(key + ".p50_ms", 3),
                            m.format(key + ".p99_ms", 3),
                            errors(key));
                }
            }
        }
        return "## The fragment servers alone\n\n"
                + "Hit directly with wrk, the same way: their own rate (they must not be what limits a composer)"
                + " and their own latency (for the composition overhead below).\n\n" + table.render() + "\n";
    }

    private String overhead() {
        var table = new MarkdownTable(
                "connections", "composer", "#page p50 ms", "#slowest fragment p50 ms", "#overhead ms");
        for (int c : List.of(1, 32)) {
            OptionalDouble slowest = slowestFragmentP50(c);
            for (String target : List.of("shell", "nginx")) {
                OptionalDouble page = m.number("wrk." + target + ".c" + c + ".p50_ms");
                table.row(
                        Integer.toString(c),
                        target,
                        Measurements.format(page, 3),
                        Measurements.format(slowest, 3),
                        Measurements.format(difference(page, slowest), 3));
            }
        }
        return "## Composition overhead\n\n"
                + "Page latency minus the slowest fragment's own latency, both p50 from wrk at the same number"
                + " of connections. At 32 connections on this machine the figure includes waiting for a CPU.\n\n"
                + table.render() + "\n";
    }

    private String streaming() {
        var table = new MarkdownTable(
                "300 ms fragment",
                "composer",
                "#first byte ms",
                "#</head> ms",
                "#slot a ms",
                "#slot b ms",
                "#slot c ms",
                "#page done ms",
                "#samples");
        for (String page : STREAMING_PAGES) {
            for (String target : List.of("shell", "nginx")) {
                String key = "streaming." + target + "." + page;
                table.row(
                        page.substring("slow-".length()),
                        target,
                        m.format(key + ".first_byte_ms", 1),
                        m.format(key + ".head_ms", 1),
                        m.format(key + ".slot_a_ms", 1),
                        m.format(key + ".slot_b_ms", 1),
                        m.format(key + ".slot_c_ms", 1),
                        m.format(key + ".done_ms", 1),
                        m.format(key + ".samples", 0) + failures(key));
            }
        }
        return "## Streaming: one 300 ms fragment among three\n\n"
                + "No primary slot. Read one page at a time over a plain socket (medians), the shell and nginx"
                + " alternately. A slot is complete when its content has fully arrived: for the shell, when its"
                + " `<div class=\"collage-slot\">` (in order) or `<div class=\"collage-late\">` (streamed late)"
                + " closes; for nginx, when the fragment's own end has arrived. The shell's `in-order-wait` is"
                + " its default, 50 ms.\n\n"
                + table.render() + "\n";
    }

    private String failures(String key) {
        OptionalDouble failed = m.number(key + ".failed");
        return failed.isPresent() && failed.getAsDouble() > 0
                ? " (" + Measurements.format(failed, 0) + " incomplete)"
                : "";
    }

    private String hang() {
        var table = new MarkdownTable("page", "#median page time ms", "#pages");
        table.row("shell, every app healthy", m.format("hang.shell.healthy_ms", 1), m.format("meta.samples", 0));
        table.row(
                "shell, one app hanging, circuit closed (slot waits for the 500 ms timeout)",
                m.format("hang.shell.before_open_ms", 1),
                m.format("hang.shell.before_open_samples", 0));
        table.row(
                "shell, one app hanging, circuit open (fallback at once)",
                m.format("hang.shell.open_ms", 1),
                m.format("hang.shell.open_samples", 0));
        table.row("nginx, every app healthy", m.format("hang.nginx.healthy_ms", 1), m.format("meta.samples", 0));
        table.row(
                "nginx, one app hanging (`proxy_read_timeout 500ms`, no circuit)",
                m.format("hang.nginx.hang_ms", 1),
                m.format("hang.nginx.hang_samples", 0));
        OptionalDouble openOverHealthy = ratio("hang.shell.open_ms", "hang.shell.healthy_ms");
        return "## One app hanging\n\n"
                + "The middle app accepts the connection and never answers. The shell's timeout for it is 500 ms,"
                + " its circuit opens after 4 failures in a window of 4. Pages read one at a time, whole.\n\n"
                + table.render() + "\nWith the circuit open the shell's page takes "
                + Measurements.format(openOverHealthy, 2) + "× the healthy page's time (it calls two apps, not"
                + " three). The hanging slot's outcome, page after page: `" + m.text("hang.shell.outcomes")
                + "`.\n\n";
    }

    private String memory() {
        var table = new MarkdownTable("what", "#MB");
        table.row("shell RSS after warm-up, before the measured runs", mb("mem.shell.rss_before_load_kb"));
        table.row("shell RSS, peak during the 256-connection run", mb("mem.shell.rss_peak_c256_kb"));
        table.row("shell RSS, peak over its life (VmHWM)", mb("mem.shell.hwm_kb"));
        table.row("shell heap used after a full GC", mb("mem.shell.heap_used_after_gc_kb"));
        table.row("shell heap committed after a full GC", mb("mem.shell.heap_committed_kb"));
        table.row("shell RSS after a full GC", mb("mem.shell.rss_after_gc_kb"));
        table.row("nginx RSS (master + workers), peak during its 256-connection run", mb("mem.nginx.rss_peak_c256_kb"));
        return "## Memory\n\n"
                + "RSS from `/proc/<pid>/status`, sampled every 100 ms; heap from `jcmd <pid> GC.run` then"
                + " `GC.heap_info`. The shell runs with `" + m.text("meta.shell_java_opts")
                + "`. Peak threads during the"
                + " 256-connection run: " + m.format("mem.shell.threads_peak_c256", 0) + ".\n\n"
                + table.render() + "\n";
    }

    private String mb(String key) {
        OptionalDouble kb = m.number(key);
        return Measurements.format(
                kb.isPresent() ? OptionalDouble.of(kb.getAsDouble() / 1024) : OptionalDouble.empty(), 1);
    }

    private String startup() {
        return "## Start-up\n\n"
                + "From starting the shell's process to the first page it serves, asked for every 5 ms; median of "
                + m.format("startup.runs", 0) + " starts (the fragment servers already up).\n\n"
                + new MarkdownTable("first", "#ms")
                        .row("200 for the page", m.format("startup.first_page_ms", 0))
                        .row("complete page (all three fragments)", m.format("startup.complete_page_ms", 0))
                        .render()
                + "\nEvery start, complete page: " + m.text("startup.complete_page_all_ms") + " ms.\n\n";
    }

    private String apis() {
        var table = new MarkdownTable(
                "API",
                "#direct req/s",
                "#direct p99 ms",
                "#app CPU ms per request",
                "#via shell req/s",
                "#via shell p99 ms",
                "#shell CPU ms per proxied request",
                "#errors");
        for (String api : APIS) {
            String direct = "wrk.api." + api + ".direct";
            String proxy = "wrk.api." + api + ".proxy";
            table.row(
                    "`" + apiPath(api) + "`",
                    m.format(direct + ".rps", 0),
                    m.format(direct + ".p99_ms", 2),
                    Measurements.format(cpuPerRequest("cpu.api." + api + ".direct.app", direct), 3),
                    m.format(proxy + ".rps", 0),
                    m.format(proxy + ".p99_ms", 2),
                    Measurements.format(cpuPerRequest("cpu.api." + api + ".proxy.shell", proxy), 3),
                    errors(direct) + " / " + errors(proxy));
        }
        return "## The apps' APIs\n\n"
                + "The real jars, 32 connections, each after a warm-up; directly, and through the shell's proxy"
                + " (`/apps/<name>/api/…`). Reviews on SQLite in a throwaway folder. CPU per request as for pages:"
                + " the app's when called directly, the shell's own when it proxies.\n\n"
                + table.render() + "\n";
    }

    private static String apiPath(String api) {
        return switch (api) {
            case "weather-forecast" -> "GET /api/forecast?city=oslo";
            case "weather-cities" -> "GET /api/cities?q=os";
            case "recommendations" -> "GET /api/recommendations?product=1&limit=4&weather=rain";
            case "reviews" -> "GET /api/products/1/reviews";
            default -> api;
        };
    }

    private String notes() {
        return "## How to read this\n\n"
                + "- Everything (wrk, the composers, the fragment servers) shares the machine's CPUs; on a small"
                + " machine, pages/s is mostly CPU per page. The load average above says how busy the machine"
                + " was with other work.\n"
                + "- wrk measures a closed loop: latency at high concurrency is mostly queueing.\n"
                + "- Reproduce with `" + m.text("meta.command") + "`; bench/README.md says what each figure is.\n";
    }

    /** The composer's user + kernel CPU milliseconds per page at a concurrency. */
    OptionalDouble cpuPerPage(String target, int connections) {
        return cpuPerPage("cpu." + target + ".c" + connections, target, connections);
    }

    /** User + kernel CPU milliseconds per page of a run, from {@code <key>.user_s} and {@code <key>.system_s}. */
    private OptionalDouble cpuPerPage(String key, String target, int connections) {
        OptionalDouble user = perPage(key + ".user_s", target, connections);
        OptionalDouble system = perPage(key + ".system_s", target, connections);
        return user.isPresent() && system.isPresent()
                ? OptionalDouble.of(user.getAsDouble() + system.getAsDouble())
                : OptionalDouble.empty();
    }

    /** User + kernel CPU milliseconds per request: {@code <cpuKey>.user_s} and {@code .system_s} over {@code <run>.requests}. */
    private OptionalDouble cpuPerRequest(String cpuKey, String run) {
        OptionalDouble user = m.number(cpuKey + ".user_s");
        OptionalDouble system = m.number(cpuKey + ".system_s");
        OptionalDouble requests = m.number(run + ".requests");
        if (user.isEmpty() || system.isEmpty() || requests.isEmpty() || requests.getAsDouble() == 0) {
            return OptionalDouble.empty();
        }
        return OptionalDouble.of((user.getAsDouble() + system.getAsDouble()) * 1000 / requests.getAsDouble());
    }

    /** A count per page of a run. */
    private OptionalDouble countPerPage(String countKey, String target, int connections) {
        OptionalDouble count = perPage(countKey, target, connections);
        return count.isPresent() ? OptionalDouble.of(count.getAsDouble() / 1000) : count;
    }

    /** Seconds per page of a run, in milliseconds. */
    private OptionalDouble perPage(String secondsKey, String target, int connections) {
        OptionalDouble seconds = m.number(secondsKey);
        OptionalDouble pages = m.number("wrk." + target + ".c" + connections + ".requests");
        if (seconds.isEmpty() || pages.isEmpty() || pages.getAsDouble() == 0) {
            return OptionalDouble.empty();
        }
        return OptionalDouble.of(seconds.getAsDouble() * 1000 / pages.getAsDouble());
    }

    private OptionalDouble slowestFragmentP50(int connections) {
        return FRAGMENTS.stream()
                .map(app -> m.number("wrk.fragment." + app + ".c" + connections + ".p50_ms"))
                .filter(OptionalDouble::isPresent)
                .mapToDouble(OptionalDouble::getAsDouble)
                .max();
    }

    private OptionalDouble ratio(String numerator, String denominator) {
        OptionalDouble a = m.number(numerator);
        OptionalDouble b = m.number(denominator);
        return a.isPresent() && b.isPresent() && b.getAsDouble() != 0
                ? OptionalDouble.of(a.getAsDouble() / b.getAsDouble())
                : OptionalDouble.empty();
    }

    private static OptionalDouble difference(OptionalDouble a, OptionalDouble b) {
        return a.isPresent() && b.isPresent()
                ? OptionalDouble.of(a.getAsDouble() - b.getAsDouble())
                : OptionalDouble.empty();
    }
}
