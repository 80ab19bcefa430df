package dev.collage.shell.web;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.TemplateOutput;
import gg.jte.output.StringOutput;
import java.util.Map;

/**
 * The shell's jte templates, precompiled into its jar (layouts, partials, error pages, the
 * dashboard): HTML content type, so every value is escaped unless a template says otherwise.
 */
public final class Templates {

    private final TemplateEngine engine = TemplateEngine.createPrecompiled(
            null, ContentType.Html, Templates.class.getClassLoader(), "dev.collage.shell.jte");

    public void render(String template, Object model, TemplateOutput output) {
        engine.render(template, model, output);
    }

    public void render(String template, Map<String, Object> params, TemplateOutput output) {
        engine.render(template, params, output);
    }

    /** A whole page as a string: for the pages that are not streamed. */
    public String render(String template, Object model) {
        var output = new StringOutput();
        engine.render(template, model, output);
        return output.toString();
    }
}
