package dev.collage.sdk.view;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import io.javalin.http.Context;

/**
 * jte templates precompiled by {@code jte-maven-plugin} into {@code packageName}. HTML
 * content type, so every {@code ${...}} is escaped: an app must never render user data
 * with {@code $unsafe}.
 */
public final class Views {

    private final TemplateEngine engine;

    private Views(TemplateEngine engine) {
        this.engine = engine;
    }

    public static Views precompiled(String packageName) {
        return new Views(
                TemplateEngine.createPrecompiled(null, ContentType.Html, Views.class.getClassLoader(), packageName));
    }

    public String render(String template, Object model) {
        var out = new StringOutput(4096);
        engine.render(template, model, out);
        return out.toString();
    }

    /** Renders {@code template} as the HTML response of {@code ctx}. */
    public void html(Context ctx, String template, Object model) {
        ctx.contentType("text/html; charset=utf-8").result(render(template, model));
    }
}
