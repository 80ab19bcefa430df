package dev.collage.shell.fetch;

import java.time.Duration;
import java.util.Optional;

/** What fills a slot, and why. */
public sealed interface SlotResult {

    Outcome outcome();

    /** Time from the start of the page request until this result was ready. */
    Duration took();

    /** The HTML that goes into the slot. */
    String html();

    /**
     * The app's own fragment: just fetched ({@code OK}), or a copy it allowed the shell to keep
     * ({@code CACHED} while fresh, {@code STALE} after).
     */
    record Rendered(String html, String version, Optional<String> title, Outcome outcome, Duration took)
            implements SlotResult {}

    /** The app said there is nothing to show (404): a slot left empty, or on a primary slot a 404 page. */
    record NotFound(Duration took) implements SlotResult {
        @Override
        public Outcome outcome() {
            return Outcome.NOT_FOUND;
        }

        @Override
        public String html() {
            return "";
        }
    }

    /** The app's fallback, shown because of {@code outcome}. */
    record Fallback(String html, Outcome outcome, Duration took) implements SlotResult {}

    /** Nothing better to show: a neutral, empty placeholder that keeps the layout. */
    record Placeholder(Outcome outcome, Duration took) implements SlotResult {
        @Override
        public String html() {
            return "";
        }
    }
}
