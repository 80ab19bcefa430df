package dev.collage.shell.observe;

import dev.collage.shell.registry.AppRegistry;
import dev.collage.shell.registry.AppState;
import dev.collage.shell.registry.RegisteredApp;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;

/** Per app, whether its manifest is usable and whether its circuit lets requests through. */
public final class AppGauges {

    private AppGauges() {}

    public static void bind(AppRegistry registry, MeterRegistry meters) {
        for (RegisteredApp app : registry.all()) {
            Gauge.builder("collage.app.ready", app, a -> a.state() instanceof AppState.Ready ? 1 : 0)
                    .description("1 when the shell has a usable manifest for the app")
                    .tag("app", app.name())
                    .register(meters);
            Gauge.builder(
                            "collage.app.circuit.closed",
                            app,
                            a -> a.guard().circuitState().equals("closed") ? 1 : 0)
                    .description("1 when the app's circuit is closed (it is being called)")
                    .tag("app", app.name())
                    .register(meters);
        }
    }
}
