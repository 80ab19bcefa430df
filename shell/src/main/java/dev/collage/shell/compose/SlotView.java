package dev.collage.shell.compose;

import gg.jte.Content;

/**
 * One slot as it is written into the page: the element that wraps the fragment and says, for
 * a developer looking at the page, which app filled it, how and how fast.
 */
public record SlotView(String name, String app, String outcome, long ms, String version, Content fragment) {}
