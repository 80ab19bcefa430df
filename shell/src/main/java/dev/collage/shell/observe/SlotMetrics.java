package dev.collage.shell.observe;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Counts every slot by app and outcome, and times it: {@code collage_slots_total} and
 * {@code collage_slot_duration_seconds} in Prometheus' terms. The meters are made once per app
 * and outcome and kept, since building them on every slot showed in the allocation profile.
 */
public final class SlotMetrics implements SlotListener {

    private record Meters(Counter slots, Timer duration) {}

    private final MeterRegistry registry;
    private final Map<String, Meters> meters = new ConcurrentHashMap<>();

    public SlotMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    @Override
    public void slotFinished(SlotEvent event) {
        var m = meters.computeIfAbsent(event.app() + '\n' + event.outcome().label(), key -> register(event));
        m.slots().increment();
        m.duration().record(event.took());
    }

    private Meters register(SlotEvent event) {
        String outcome = event.outcome().label();
        return new Meters(
                Counter.builder("collage.slots")
                        .description("Slots filled, by app and outcome")
                        .tag("app", event.app())
                        .tag("outcome", outcome)
                        .register(registry),
                Timer.builder("collage.slot.duration")
                        .description("Time from the page request until the slot was ready")
                        .tag("app", event.app())
                        .tag("outcome", outcome)
                        .publishPercentiles(0.5, 0.99)
                        .register(registry));
    }
}
