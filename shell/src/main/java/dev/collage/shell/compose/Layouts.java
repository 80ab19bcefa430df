package dev.collage.shell.compose;

import dev.collage.shell.config.ConfigException;
import dev.collage.shell.config.LayoutRef;
import dev.collage.shell.config.PageConfig;
import dev.collage.shell.config.SlotConfig;
import dev.collage.shell.web.Chrome;
import dev.collage.shell.web.Templates;
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
 * The layouts pages are written into: the shell's jte layouts and the operator's HTML files,
 * read at start, and the pieces a streamed page is made of (the slot wrapper, a late slot, the
 * apps' assets).
 */
public final class Layouts {

    private final Templates templates;
    private final Map<Path, HtmlLayout> htmlLayouts = new LinkedHashMap<>();

    public Layouts(Templates templates) {
        this.templates = templates;
    }

    void renderPage(LayoutRef layout, PageView page, TemplateOutput output) {
        if (layout instanceof LayoutRef.HtmlFile file) {
            htmlLayouts.get(file.file()).render(page, output, this);
        } else {
            templates.render("layouts/" + ((LayoutRef.BuiltIn) layout).name() + ".jte", page, output);
        }
    }

    void renderSlot(SlotView slot, TemplateOutput output) {
        templates.render("partials/slot.jte", slot, output);
    }

    void renderLateSlot(LateSlotView late, TemplateOutput output) {
        templates.render("partials/lateSlot.jte", late, output);
    }

    /** The apps' stylesheets and scripts and the shell's inline scripts, for an HTML layout's head. */
    void renderPageAssets(PageView page, TemplateOutput output) {
        templates.render(
                "partials/pageAssets.jte",
                Map.of("chrome", page.chrome(), "stylesheets", page.stylesheets(), "scripts", page.scripts()),
                output);
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
