package dev.collage.shell.observe;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One log line per slot that went wrong with the app: a timeout, an error, too much. Healthy
 * slots are counted, not logged, and so are slots the shell did not even ask the app for (its
 * circuit open, no room in flight, no manifest): while an app is down those would be a line per
 * page, so the circuit's own changes are logged instead, once each ({@code AppGuard}).
 */
public final class SlotLog implements SlotListener {

    private static final Logger log = LoggerFactory.getLogger(SlotLog.class);

    @Override
    public void slotFinished(SlotEvent e) {
        if (!e.outcome().isAppFailure()) {
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
