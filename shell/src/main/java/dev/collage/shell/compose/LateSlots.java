package dev.collage.shell.compose;

import gg.jte.Content;
import gg.jte.TemplateOutput;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;

/**
 * The slots that were not ready when the layout reached them, written at the end of the page
 * in the order they arrive, each followed by a line of script that moves it into its
 * placeholder. Without JavaScript a late fragment stays readable where it lands, at the end of
 * the page. Every slot's fetch completes by the page's budget, so this ends by then too.
 */
final class LateSlots implements Content {

    private final List<StreamedSlot> pending = new ArrayList<>();
    private final PageStream stream;
    private final Layouts layouts;
    private final String nonce;

    LateSlots(PageStream stream, Layouts layouts, String nonce) {
        this.stream = stream;
        this.layouts = layouts;
        this.nonce = nonce;
    }

    void add(StreamedSlot slot) {
        pending.add(slot);
    }

    @Override
    public void writeTo(TemplateOutput output) {
        BlockingQueue<StreamedSlot> arrived = new LinkedBlockingQueue<>();
        pending.forEach(slot -> slot.result().whenComplete((result, failure) -> arrived.add(slot)));
        for (int written = 0; written < pending.size(); written++) {
            stream.flush();
            try {
                layouts.renderLateSlot(new LateSlotView(arrived.take().view(), nonce), output);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    @Override
    public boolean isEmptyContent() {
        return pending.isEmpty();
    }
}
