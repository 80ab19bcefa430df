package dev.collage.shell.compose;

import dev.collage.shell.fetch.SlotResult;
import gg.jte.Content;
import gg.jte.TemplateOutput;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * A slot's place in the layout. If its fragment is ready it is written here, in document
 * order. If not, everything before it is flushed to the browser and the slot may wait, but only
 * until the page's in-order moment has passed; after that it leaves a placeholder and is
 * streamed by {@link LateSlots} when it arrives, so it holds back nothing after it.
 */
final class StreamedSlot implements Content {

    private final SlotPlan plan;
    private final CompletableFuture<SlotResult> result;
    private final PageStream stream;
    private final Layouts layouts;
    private final LateSlots late;
    private final long inOrderUntilNanos;

    StreamedSlot(
            SlotPlan plan,
            CompletableFuture<SlotResult> result,
            PageStream stream,
            Layouts layouts,
            LateSlots late,
            long inOrderUntilNanos) {
        this.plan = plan;
        this.result = result;
        this.stream = stream;
        this.layouts = layouts;
        this.late = late;
        this.inOrderUntilNanos = inOrderUntilNanos;
    }

    @Override
    public void writeTo(TemplateOutput output) {
        if (!result.isDone()) {
            stream.flush();
            awaitInOrderMoment();
        }
        if (result.isDone()) {
            layouts.renderSlot(view(), output);
        } else {
            layouts.renderSlot(SlotView.pending(plan.name(), plan.app().name()), output);
            late.add(this);
        }
    }

    CompletableFuture<SlotResult> result() {
        return result;
    }

    /** The slot as it is written once its fragment is there. */
    SlotView view() {
        return SlotView.of(plan.name(), plan.app().name(), result.join());
    }

    private void awaitInOrderMoment() {
        long left = inOrderUntilNanos - System.nanoTime();
        if (left <= 0) {
            return;
        }
        try {
            result.get(left, TimeUnit.NANOSECONDS);
        } catch (TimeoutException | ExecutionException late) {
            // it goes out of order; a fetch never fails exceptionally, it times out into a result
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
