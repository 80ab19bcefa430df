package dev.collage.shell.config;

import java.util.List;

/**
 * The shop around the fragments.
 *
 * @param name shown in the page header and every title
 * @param defaultLocale sent to apps as {@code podium-locale} when the visitor's browser names none
 * @param nav the links of the page header, in order
 */
public record SiteConfig(String name, String defaultLocale, List<NavLink> nav) {

    public SiteConfig {
        nav = List.copyOf(nav);
    }

    /** One link of the page header: a label and a path on the shop. */
    public record NavLink(String label, String href) {}
}
