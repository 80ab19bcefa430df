package dev.collage.shell.config;

import java.nio.file.Path;

/** The layout a page is written into: one of the shell's own, or an HTML file of the operator's. */
public sealed interface LayoutRef {

    /** A jte layout precompiled into the shell, by name: {@code home}, {@code product}. */
    record BuiltIn(String name) implements LayoutRef {}

    /**
     * A plain HTML file that places slots with {@code <collage-slot name="…"></collage-slot>};
     * the shell adds the apps' assets before {@code </head>} and late slots before
     * {@code </body>}.
     */
    record HtmlFile(Path file) implements LayoutRef {}
}
