package dev.collage.shell.compose;

import dev.collage.shell.fetch.SlotResult;
import gg.jte.Content;
import gg.jte.TemplateOutput;
import java.util.concurrent.CompletableFuture;

/**
 * A slot's place in the layout. When the layout reaches it, it writes the fragment if it is
 * ready; if not, it first flushes everything before it to the browser, then waits. The wait is
 * bounded: the fetch behind it always completes by the app's deadline.
 */
final class StreamedSlot implements Content {

    private final SlotPlan plan;
    private final CompletableFuture<SlotResult> result;
    private final PageStream stream;
    private final Layouts layouts;

    StreamedSlot(SlotPlan plan, CompletableFuture<SlotResult> result, PageStream stream, Layouts layouts) {
        this.plan = plan;
        this.result = result;
        this.stream = stream;
        this.layouts = layouts;
    }

    @Override
    public void writeTo(TemplateOutput output) {
        if (!result.isDone()) {
            stream.flush();
        }
        SlotResult slot = result.join();
        // jte leaves out an attribute whose value is null
        String version = slot instanceof SlotResult.Rendered rendered
                        && !rendered.version().isEmpty()
                ? rendered.version()
                : null;
        String html = slot.html();
        layouts.renderSlot(
                new SlotView(
                        plan.name(),
                        plan.app().name(),
                        slot.outcome().label(),
                        slot.took().toMillis(),
                        version,
                        fragment -> fragment.writeContent(html)),
                output);
    }
}
