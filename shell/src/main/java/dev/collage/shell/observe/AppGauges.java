package dev.collage.shell.observe;

import dev.collage.shell.registry.AppRegistry;
import dev.collage.shell.registry.AppState;
import dev.collage.shell.registry.Upstream;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * Per release of every app: whether its manifest is usable, whether its circuit lets requests
 * through, and its share of the visitors. Releases added later get their gauges as they come.
 */
public final class AppGauges {

    private AppGauges() {}

    public static void bind(AppRegistry registry, MeterRegistry meters) {
        registry.upstreams().forEach(upstream -> bind(upstream, meters));
        registry.onUpstreamAdded(upstream -> bind(upstream, meters));
    }

    private static void bind(Upstream upstream, MeterRegistry meters) {
        Gauge.builder("collage.app.ready", upstream, u -> u.state() instanceof AppState.Ready ? 1 : 0)
                .description("1 when the shell has a usable manifest for the app's release")
                .tag("app", upstream.app())
                .tag("upstream", upstream.id())
                .register(meters);
        Gauge.builder(
                        "collage.app.circuit.closed",
                        upstream,
                        u -> u.guard().circuitState().equals("closed") ? 1 : 0)
                .description("1 when the release's circuit is closed (it is being called)")
                .tag("app", upstream.app())
                .tag("upstream", upstream.id())
                .register(meters);
        Gauge.builder("collage.app.weight", upstream, Upstream::weight)
                .description("The release's share of the visitors, out of 100")
                .tag("app", upstream.app())
                .tag("upstream", upstream.id())
                .register(meters);
    }
}
