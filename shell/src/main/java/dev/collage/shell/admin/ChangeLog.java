package dev.collage.shell.admin;

import dev.collage.shell.registry.ReleaseChange;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Every release change, as a log line and in the last few hundred shown on the dashboard. */
public final class ChangeLog {

    private static final Logger log = LoggerFactory.getLogger(ChangeLog.class);
    private static final int KEPT = 200;

    private final Deque<ReleaseChange> recent = new ArrayDeque<>();

    public synchronized void record(ReleaseChange change) {
        log.info(
                "event=release_change actor=\"{}\" app={} action={} detail=\"{}\"",
                change.actor(),
                change.app(),
                change.action(),
                change.detail());
        recent.addFirst(change);
        while (recent.size() > KEPT) {
            recent.removeLast();
        }
    }

    /** Newest first. */
    public synchronized List<ReleaseChange> recent() {
        return new ArrayList<>(recent);
    }
}
