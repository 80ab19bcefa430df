package dev.collage.shell.compose;

import dev.collage.shell.config.SlotConfig;
import dev.collage.shell.registry.RegisteredApp;
import java.util.Map;

/** One slot of one page request: which app fills it and with which parameters. */
record SlotPlan(SlotConfig slot, RegisteredApp app, Map<String, String> params) {

    String name() {
        return slot.name();
    }
}
