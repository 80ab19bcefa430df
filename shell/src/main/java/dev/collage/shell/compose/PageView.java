package dev.collage.shell.compose;

import dev.collage.shell.web.Chrome;
import gg.jte.Content;
import java.util.List;
import java.util.Map;

/**
 * What a layout renders: values decided before rendering, and one {@link Content} per slot
 * that writes the slot when its fragment is ready. A layout only places things.
 */
public final class PageView {

    /** A stylesheet link in the page's head. */
    public record Stylesheet(String href, String media) {}

    /** A script tag in the page's head. */
    public record Script(String src, boolean module, boolean async, boolean defer) {}

    private final Chrome chrome;
    private final String title;
    private final String lang;
    private final List<Stylesheet> stylesheets;
    private final List<Script> scripts;
    private final Map<String, Content> slots;
    private final Content lateSlots;
    private final SlotNames placed;

    PageView(
            Chrome chrome,
            String title,
            String lang,
            List<Stylesheet> stylesheets,
            List<Script> scripts,
            Map<String, Content> slots,
            Content lateSlots,
            SlotNames placed) {
        this.chrome = chrome;
        this.title = title;
        this.lang = lang;
        this.stylesheets = List.copyOf(stylesheets);
        this.scripts = List.copyOf(scripts);
        this.slots = Map.copyOf(slots);
        this.lateSlots = lateSlots;
        this.placed = placed;
    }

    public Chrome chrome() {
        return chrome;
    }

    public String title() {
        return title;
    }

    /** The page's language, for {@code <html lang>}: the visitor's locale. */
    public String lang() {
        return lang;
    }

    public List<Stylesheet> stylesheets() {
        return stylesheets;
    }

    public List<Script> scripts() {
        return scripts;
    }

    /** The slot called {@code name}; empty when the page's config has no such slot. */
    public Content slot(String name) {
        placed.add(name);
        return slots.getOrDefault(name, output -> {});
    }

    /**
     * The slots that were not ready when the layout reached them, streamed as they arrive. A
     * layout places this last in its body, after everything else.
     */
    public Content lateSlots() {
        placed.add(LATE_SLOTS);
        return lateSlots;
    }

    /** What {@link SlotNames} records when a layout places {@link #lateSlots()}. */
    static final String LATE_SLOTS = "(late slots)";

    /** The names a layout asks for, recorded so a config slot the layout never places is caught at start. */
    interface SlotNames {
        void add(String name);
    }
}
