package dev.collage.shell.admin;

import dev.collage.shell.web.SecurityHeaders;
import dev.collage.shell.web.ShellAssets;
import dev.collage.shell.web.Templates;
import io.javalin.http.Context;

/**
 * {@code GET /admin}: the release dashboard for a person. The page holds no data: its script
 * asks for the admin token and reads everything from the admin API with it.
 */
public final class Dashboard {

    private final Templates templates;
    private final ShellAssets assets;

    public Dashboard(Templates templates, ShellAssets assets) {
        this.templates = templates;
        this.assets = assets;
    }

    public void handle(Context ctx) {
        String nonce = SecurityHeaders.apply(ctx);
        ctx.header("Cache-Control", "no-store")
                .contentType("text/html; charset=utf-8")
                .result(templates.render(
                        "admin/dashboard.jte",
                        new DashboardView(assets.chrome(nonce), assets.bundle().url("admin.js"))));
    }
}
