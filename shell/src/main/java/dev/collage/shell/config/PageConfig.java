package dev.collage.shell.config;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * A page: a path pattern ({@code /products/{id}}) served by a layout with named slots.
 *
 * @param budget the longest this page waits for any slot
 * @param where the file and line that declared it, for errors found after loading
 */
public record PageConfig(
        String path, LayoutRef layout, String title, List<SlotConfig> slots, Duration budget, String where) {

    public PageConfig {
        slots = List.copyOf(slots);
    }

    public Optional<SlotConfig> primary() {
        return slots.stream().filter(SlotConfig::primary).findFirst();
    }
}
