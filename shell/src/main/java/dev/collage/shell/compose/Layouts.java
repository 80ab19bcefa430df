package dev.collage.shell.compose;

import dev.collage.shell.config.ConfigException;
import dev.collage.shell.config.LayoutRef;
import dev.collage.shell.config.PageConfig;
import dev.collage.shell.config.SlotConfig;
import dev.collage.shell.web.Chrome;
import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.TemplateException;
import gg.jte.TemplateOutput;
import gg.jte.output.StringOutput;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The layouts pages are written into: the shell's jte templates, precompiled into the jar, and
 * the operator's HTML files, read at start. Also the shell's own pieces: the slot wrapper and
 * the error pages.
 */
public final class Layouts {

    private final TemplateEngine engine = TemplateEngine.createPrecompiled(
            null, ContentType.Html, Layouts.class.getClassLoader(), "dev.collage.shell.jte");
    private final Map<Path, HtmlLayout> htmlLayouts = new LinkedHashMap<>();

    void renderPage(LayoutRef layout, PageView page, TemplateOutput output) {
        if (layout instanceof LayoutRef.HtmlFile file) {
            htmlLayouts.get(file.file()).render(page, output, this);
        } else {
            engine.render("layouts/" + ((LayoutRef.BuiltIn) layout).name() + ".jte", page, output);
        }
    }

    void renderSlot(SlotView slot, TemplateOutput output) {
        engine.render("partials/slot.jte", slot, output);
    }

    void renderLateSlot(LateSlotView late, TemplateOutput output) {
        engine.render("partials/lateSlot.jte", late, output);
    }

    /** The apps' stylesheets and scripts and the shell's inline scripts, for an HTML layout's head. */
    void renderPageAssets(PageView page, TemplateOutput output) {
        engine.render(
                "partials/pageAssets.jte",
                Map.of("chrome", page.chrome(), "stylesheets", page.stylesheets(), "scripts", page.scripts()),
                output);
    }

    /** Renders a whole page that is not composed: the 404 and error pages. */
    public String render(String template, Object model) {
        var output = new StringOutput();
        engine.render(template, model, output);
        return output.toString();
    }

    /**
     * Reads the HTML layouts and checks, at start, that every page's layout exists, places every
     * slot the config gives it and the late slots, so a typo stops the shell instead of
     * silently dropping a fragment.
     */
    public void check(List<PageConfig> pages) {
        for (PageConfig page : pages) {
            if (page.layout() instanceof LayoutRef.HtmlFile file) {
                read(page, file.file());
            }
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
                throw new ConfigException(page.where() + ": layout " + describe(page.layout()) + " of page "
                        + page.path() + " cannot be rendered: " + e.getMessage());
            }
            if (!placed.remove(PageView.LATE_SLOTS)) {
                throw new ConfigException(page.where() + ": layout " + describe(page.layout()) + " of page "
                        + page.path() + " does not place ${page.lateSlots()}; late fragments would be lost");
            }
            for (SlotConfig slot : page.slots()) {
                if (!placed.contains(slot.name())) {
                    throw new ConfigException(slot.where() + ": slot '" + slot.name() + "' of page " + page.path()
                            + " is not placed by layout " + describe(page.layout()) + ", which places: "
                            + String.join(", ", placed));
                }
            }
            var configured = page.slots().stream().map(SlotConfig::name).toList();
            placed.removeIf(configured::contains);
            if (page.layout() instanceof LayoutRef.HtmlFile && !placed.isEmpty()) {
                throw new ConfigException(page.where() + ": layout " + describe(page.layout()) + " places "
                        + String.join(", ", placed) + ", which page " + page.path() + " does not configure");
            }
        }
    }

    private void read(PageConfig page, Path file) {
        if (htmlLayouts.containsKey(file)) {
            return;
        }
        try {
            htmlLayouts.put(file, HtmlLayout.parse(Files.readString(file, StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new ConfigException(page.where() + ": layout file " + file + " cannot be read: " + e.getMessage());
        } catch (IllegalArgumentException e) {
            throw new ConfigException(page.where() + ": layout file " + file + " " + e.getMessage());
        }
    }

    private static String describe(LayoutRef layout) {
        return layout instanceof LayoutRef.HtmlFile file
                ? "file " + file.file()
                : "'" + ((LayoutRef.BuiltIn) layout).name() + "'";
    }
}
