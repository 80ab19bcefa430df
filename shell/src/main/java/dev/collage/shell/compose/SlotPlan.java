package dev.collage.shell.compose;

import dev.collage.shell.config.SlotConfig;
import dev.collage.shell.registry.RegisteredApp;
import dev.collage.shell.registry.Upstream;
import java.util.Map;
import java.util.Optional;

/**
 * One slot of one page request: which app fills it, from which of its releases (none when no
 * release is up), and with which parameters.
 */
record SlotPlan(SlotConfig slot, RegisteredApp app, Optional<Upstream> upstream, Map<String, String> params) {

    String name() {
        return slot.name();
    }
}
