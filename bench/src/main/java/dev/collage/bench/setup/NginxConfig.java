package dev.collage.bench.setup;

import dev.collage.bench.Durations;
import java.nio.file.Path;

/**
 * nginx composing the same pages with SSI: each page is a static file of the same layout with
 * {@code <!--# include virtual -->} where the shell has its slots, each include proxied to its
 * fragment app over kept-alive upstream connections. Everything it writes stays in its own
 * folder; it runs in the foreground so the suite owns the process.
 */
final class NginxConfig {

    private NginxConfig() {}

    static String conf(Scenario scenario, Path dir, boolean asRoot) {
        var conf = new StringBuilder();
        conf.append("# Written by collage-bench for one run; see bench/README.md.\n");
        conf.append("daemon off;\n");
        conf.append("worker_processes auto;\n");
        if (asRoot) {
            // workers must read the run's private folder, which only root may
            conf.append("user root;\n");
        }
        conf.append("pid ").append(dir.resolve("nginx.pid")).append(";\n");
        conf.append("error_log ").append(dir.resolve("error.log")).append(" warn;\n");
        conf.append("worker_rlimit_nofile 20000;\n");
        conf.append("events { worker_connections 8192; }\n");
        conf.append("http {\n");
        conf.append("  access_log off;\n");
        for (String temp : new String[] {"client_body", "proxy", "fastcgi", "uwsgi", "scgi"}) {
            conf.append("  ")
                    .append(temp)
                    .append("_temp_path ")
                    .append(dir.resolve("tmp").resolve(temp))
                    .append(";\n");
        }
        conf.append("  types { text/html html; }\n");
        conf.append("  default_type text/html;\n");
        conf.append("  tcp_nodelay on;\n");
        // the shell keeps its connections as long as they live; so does nginx here
        conf.append("  keepalive_requests 1000000;\n");
        conf.append("  proxy_http_version 1.1;\n");
        conf.append("  proxy_set_header Connection \"\";\n");
        for (BenchApp app : scenario.apps()) {
            conf.append("  upstream ").append(app.name()).append(" {\n");
            conf.append("    server 127.0.0.1:").append(app.port()).append(";\n");
            // enough idle connections for every include of 256 pages at once
            conf.append("    keepalive 1024;\n");
            conf.append("    keepalive_requests 1000000;\n");
            conf.append("  }\n");
        }
        conf.append("  server {\n");
        conf.append("    listen 127.0.0.1:").append(scenario.ports().nginx()).append(" backlog=4096;\n");
        conf.append("    root ").append(dir.resolve("www")).append(";\n");
        conf.append("    location / { ssi on; try_files $uri.html =404; }\n");
        for (BenchApp app : scenario.apps()) {
            conf.append("    location = /_fragment/").append(app.name()).append(" {\n");
            conf.append("      internal;\n");
            conf.append("      proxy_pass http://").append(app.name()).append("/content;\n");
            if (app.trips()) {
                // nginx has no circuit breaker: the same deadline as the shell's, on every page
                conf.append("      proxy_read_timeout ")
                        .append(Durations.format(app.timeout()))
                        .append(";\n");
            }
            conf.append("    }\n");
        }
        conf.append("  }\n");
        conf.append("}\n");
        return conf.toString();
    }
}
