package dev.collage.shell.compose;

import dev.collage.shell.config.ConfigException;
import dev.collage.shell.config.PageConfig;
import dev.collage.shell.config.SlotConfig;
import dev.collage.shell.web.Chrome;
import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.TemplateException;
import gg.jte.TemplateOutput;
import gg.jte.output.StringOutput;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The shell's jte templates, precompiled into the jar: layouts, the slot wrapper, error pages. */
public final class Layouts {

    private final TemplateEngine engine = TemplateEngine.createPrecompiled(
            null, ContentType.Html, Layouts.class.getClassLoader(), "dev.collage.shell.jte");

    void renderPage(String layout, PageView page, TemplateOutput output) {
        engine.render(layoutTemplate(layout), page, output);
    }

    void renderSlot(SlotView slot, TemplateOutput output) {
        engine.render("partials/slot.jte", slot, output);
    }

    void renderLateSlot(LateSlotView late, TemplateOutput output) {
        engine.render("partials/lateSlot.jte", late, output);
    }

    /** Renders a whole page that is not composed: the 404 and error pages. */
    public String render(String template, Object model) {
        var output = new StringOutput();
        engine.render(template, model, output);
        return output.toString();
    }

    /**
     * Checks at start that every page's layout exists and places every slot the config gives
     * it, so a typo in a layout or a slot name stops the shell instead of silently dropping a
     * fragment.
     */
    public void check(List<PageConfig> pages) {
        for (PageConfig page : pages) {
            Set<String> placed = new LinkedHashSet<>();
            var dry = new PageView(
                    new Chrome("", List.of(), "", "", "", ""),
                    "",
                    "en",
                    List.of(),
                    List.of(),
                    Map.of(),
                    output -> {},
                    placed::add);
            try {
                renderPage(page.layout(), dry, new StringOutput());
            } catch (TemplateException e) {
                throw new ConfigException(page.where() + ": layout '" + page.layout() + "' of page " + page.path()
                        + " cannot be rendered: " + e.getMessage());
            }
            if (!placed.remove(PageView.LATE_SLOTS)) {
                throw new ConfigException(page.where() + ": layout '" + page.layout() + "' of page " + page.path()
                        + " does not place ${page.lateSlots()}; late fragments would be lost");
            }
            for (SlotConfig slot : page.slots()) {
                if (!placed.contains(slot.name())) {
                    throw new ConfigException(slot.where() + ": slot '" + slot.name() + "' of page " + page.path()
                            + " is not placed by layout '" + page.layout() + "', which places: "
                            + String.join(", ", placed));
                }
            }
        }
    }

    private static String layoutTemplate(String layout) {
        return "layouts/" + layout + ".jte";
    }
}
