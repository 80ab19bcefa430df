package dev.collage.shell.observe;

import java.util.List;

/**
 * Hears how every slot ends. Logs, metrics and the manifest refresher hang off this instead of
 * living inside the fetch, so the way a slot is filled stays one straight line.
 */
public interface SlotListener {

    void slotFinished(SlotEvent event);

    /** One listener that tells all of {@code listeners}, each shielded from the others' failures. */
    static SlotListener all(List<SlotListener> listeners) {
        var copy = List.copyOf(listeners);
        return event -> {
            for (SlotListener listener : copy) {
                try {
                    listener.slotFinished(event);
                } catch (RuntimeException e) {
                    org.slf4j.LoggerFactory.getLogger(SlotListener.class)
                            .warn(
                                    "event=listener_failed listener={}",
                                    listener.getClass().getSimpleName(),
                                    e);
                }
            }
        };
    }
}
