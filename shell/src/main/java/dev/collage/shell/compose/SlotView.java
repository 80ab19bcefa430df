package dev.collage.shell.compose;

import dev.collage.shell.fetch.SlotResult;
import gg.jte.Content;

/**
 * One slot as it is written into the page: the element that wraps the fragment and says, for
 * a developer looking at the page, which app filled it, how and how fast. Null values are left
 * out of the HTML.
 */
public record SlotView(String name, String app, String outcome, Long ms, String version, Content fragment) {

    static SlotView of(String name, String app, SlotResult result) {
        String version = result instanceof SlotResult.Rendered r && !r.version().isEmpty() ? r.version() : null;
        String html = result.html();
        return new SlotView(
                name,
                app,
                result.outcome().label(),
                result.took().toMillis(),
                version,
                output -> output.writeContent(html));
    }

    /** The placeholder of a slot whose fragment is still on its way. */
    static SlotView pending(String name, String app) {
        return new SlotView(name, app, "pending", null, null, output -> {});
    }

    public boolean isPending() {
        return "pending".equals(outcome);
    }
}
