package dev.collage.shell.config;

import java.util.List;
import java.util.Map;

/**
 * Everything the shell is told at start: where it listens, what the site is called, which apps
 * exist and which pages are composed from them.
 *
 * @param source where the config came from, for logs: a file path or the built-in default
 */
public record ShellConfig(
        ServerConfig server,
        SiteConfig site,
        CompositionConfig composition,
        Map<String, AppConfig> apps,
        List<PageConfig> pages,
        String source) {

    public ShellConfig {
        apps = Map.copyOf(apps);
        pages = List.copyOf(pages);
    }
}
