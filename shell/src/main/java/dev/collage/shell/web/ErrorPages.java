package dev.collage.shell.web;

import io.javalin.http.Context;

/** The shell's 404, 503 and 500 pages: the shop's look, a plain message, the right status. */
public final class ErrorPages {

    /** How long a visitor should wait before trying a page whose primary app failed. */
    static final String RETRY_AFTER_SECONDS = "10";

    private static final String WRITTEN = "collage.error-page";

    private final Templates templates;
    private final ShellAssets assets;

    public ErrorPages(Templates templates, ShellAssets assets) {
        this.templates = templates;
        this.assets = assets;
    }

    public void notFound(Context ctx) {
        write(
                ctx,
                404,
                "Page not found",
                "We could not find that page",
                "It may have moved, or the link may be wrong. The shop's front page has everything else.");
    }

    /** The page's primary app failed: there is nothing worth showing without it. */
    public void unavailable(Context ctx) {
        ctx.header("Retry-After", RETRY_AFTER_SECONDS);
        write(
                ctx,
                503,
                "Temporarily unavailable",
                "This page is taking a break",
                "Part of it is not answering right now. Please try again in a few seconds.");
    }

    public void failed(Context ctx) {
        write(
                ctx,
                500,
                "Something went wrong",
                "Something went wrong on our side",
                "We have noted it. Please try again, or go back to the shop's front page.");
    }

    /**
     * For Javalin's 404 mapping, which runs after every 404: the shell's own page for a path
     * nobody serves, but never over a 404 the proxy forwarded, an admin API answer, or a page this
     * class already wrote.
     */
    public void notFoundUnlessAnswered(Context ctx) {
        if (!ctx.path().startsWith("/apps/")
                && !ctx.path().startsWith("/admin/api/")
                && ctx.attribute(WRITTEN) == null) {
            notFound(ctx);
        }
    }

    private void write(Context ctx, int status, String title, String heading, String message) {
        ctx.attribute(WRITTEN, Boolean.TRUE);
        String nonce = SecurityHeaders.apply(ctx);
        ctx.status(status)
                .header("Cache-Control", "no-store")
                .contentType("text/html; charset=utf-8")
                .result(templates.render(
                        "pages/error.jte", new ErrorView(assets.chrome(nonce), title, heading, message)));
    }
}
