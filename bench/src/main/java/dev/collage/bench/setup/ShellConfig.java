package dev.collage.bench.setup;

import dev.collage.bench.Durations;

/**
 * The shell's YAML for the suite: every app of the scenario, and every page on the HTML layout.
 * Composition settings are left at the shell's defaults (in-order-wait 50ms, page-budget 3s):
 * the suite measures the shell as it ships.
 */
final class ShellConfig {

    static final String LAYOUT_FILE = "three.html";

    private ShellConfig() {}

    static String yaml(Scenario scenario) {
        var yaml = new StringBuilder();
        yaml.append("# Written by collage-bench for one run; see bench/README.md.\n");
        yaml.append("server: { host: 127.0.0.1, port: ")
                .append(scenario.ports().shell())
                .append(" }\n");
        yaml.append("site: { name: Collage bench, default-locale: en-US }\n");
        yaml.append("apps:\n");
        for (BenchApp app : scenario.apps()) {
            yaml.append("  ").append(app.name()).append(":\n");
            yaml.append("    manifest: http://127.0.0.1:").append(app.port()).append("/manifest.json\n");
            yaml.append("    timeout: ").append(Durations.format(app.timeout())).append('\n');
            if (app.trips()) {
                // opens after 4 failures in a row and stays open for the rest of the run, so the
                // page can be timed with the circuit closed (each page waits for the timeout) and open
                yaml.append("    circuit: { failure-rate: 50, window: 4, min-calls: 4, open-for: 10m, probes: 1 }\n");
            }
        }
        yaml.append("pages:\n");
        for (BenchPage page : scenario.pages()) {
            yaml.append("  - path: ").append(page.path()).append('\n');
            yaml.append("    layout: ").append(LAYOUT_FILE).append('\n');
            yaml.append("    slots:\n");
            for (int i = 0; i < BenchPage.SLOTS.size(); i++) {
                yaml.append("      ")
                        .append(BenchPage.SLOTS.get(i))
                        .append(": { app: ")
                        .append(page.apps().get(i))
                        .append(" }\n");
            }
        }
        return yaml.toString();
    }
}
