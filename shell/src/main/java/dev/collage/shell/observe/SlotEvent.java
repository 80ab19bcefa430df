package dev.collage.shell.observe;

import dev.collage.shell.fetch.Outcome;
import java.time.Duration;

/**
 * One slot of one page, finished.
 *
 * @param upstream the release of the app that was asked, or empty when none was
 * @param version the {@code podlet-version} the app answered with, or empty
 * @param detail why it failed, for the log; empty when it did not
 */
public record SlotEvent(
        String page,
        String slot,
        String app,
        String upstream,
        Outcome outcome,
        Duration took,
        String version,
        String detail) {}
