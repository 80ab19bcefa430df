package dev.collage.bench.setup;

import java.util.function.Function;

/**
 * The one page layout both compositions use: an operator's plain HTML file with three slots.
 * The shell reads it with {@code <collage-slot>} markers; nginx gets the same file with SSI
 * includes in their place.
 */
final class Layout {

    private static final String TEMPLATE = """
            <!doctype html>
            <html lang="en">
            <head><meta charset="utf-8"><title>Collage bench</title></head>
            <body>
            <main>
            %s
            </main>
            </body>
            </html>
            """;

    private Layout() {}

    /** The layout with each slot written by {@code slot}. */
    static String render(Function<String, String> slot) {
        var slots = new StringBuilder();
        for (String name : BenchPage.SLOTS) {
            slots.append(slot.apply(name)).append('\n');
        }
        return TEMPLATE.formatted(slots.toString().strip());
    }

    static String forShell() {
        return render(name -> "<collage-slot name=\"" + name + "\"></collage-slot>");
    }

    /** For one page: nginx includes its apps' fragments where the shell places its slots. */
    static String forNginx(BenchPage page) {
        return render(name ->
                "<!--# include virtual=\"/_fragment/" + page.apps().get(BenchPage.SLOTS.indexOf(name)) + "\" -->");
    }
}
