package dev.collage.shell.fetch;

import java.util.Optional;

/** What came back from one fragment request. */
public sealed interface FragmentAnswer {

    /**
     * The app answered with a status the shell understands (2xx or 404).
     *
     * @param version the {@code podlet-version} it sent, or empty
     * @param title the page title it suggests ({@code collage-title}), if any
     * @param cacheControl its {@code Cache-Control}, if any
     */
    record Answered(int status, String html, String version, Optional<String> title, Optional<String> cacheControl)
            implements FragmentAnswer {}

    /**
     * No usable answer; {@code detail} says why, for the log.
     *
     * @param notConnected the request never reached the app, so sending it again is safe
     * @param version the version the app said it runs, when it answered at all, or empty
     */
    record Failed(Outcome outcome, String detail, boolean notConnected, String version) implements FragmentAnswer {

        public Failed(Outcome outcome, String detail, boolean notConnected) {
            this(outcome, detail, notConnected, "");
        }
    }
}
