package dev.collage.shell.observe;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

/**
 * Counts every slot by app and outcome, and times it: {@code collage_slots_total} and
 * {@code collage_slot_duration_seconds} in Prometheus' terms.
 */
public final class SlotMetrics implements SlotListener {

    private final MeterRegistry registry;

    public SlotMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    @Override
    public void slotFinished(SlotEvent event) {
        String outcome = event.outcome().label();
        Counter.builder("collage.slots")
                .description("Slots filled, by app and outcome")
                .tag("app", event.app())
                .tag("outcome", outcome)
                .register(registry)
                .increment();
        Timer.builder("collage.slot.duration")
                .description("Time from the page request until the slot was ready")
                .tag("app", event.app())
                .tag("outcome", outcome)
                .publishPercentiles(0.5, 0.99)
                .register(registry)
                .record(event.took());
    }
}
