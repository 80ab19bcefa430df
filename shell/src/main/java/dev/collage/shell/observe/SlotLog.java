package dev.collage.shell.observe;

import dev.collage.shell.fetch.Outcome;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** One log line per slot that did not go well; healthy slots are counted, not logged. */
public final class SlotLog implements SlotListener {

    private static final Logger log = LoggerFactory.getLogger(SlotLog.class);

    @Override
    public void slotFinished(SlotEvent e) {
        if (e.outcome() == Outcome.OK || e.outcome() == Outcome.NOT_FOUND) {
            log.debug(
                    "event=slot page={} slot={} app={} outcome={} ms={}",
                    e.page(),
                    e.slot(),
                    e.app(),
                    e.outcome().label(),
                    e.took().toMillis());
        } else {
            log.warn(
                    "event=slot page={} slot={} app={} outcome={} ms={} detail=\"{}\"",
                    e.page(),
                    e.slot(),
                    e.app(),
                    e.outcome().label(),
                    e.took().toMillis(),
                    e.detail());
        }
    }
}
