package dev.collage.shell.config;

/**
 * The shop around the fragments.
 *
 * @param name shown in the page header and every title
 * @param defaultLocale sent to apps as {@code podium-locale} when the visitor's browser names none
 */
public record SiteConfig(String name, String defaultLocale) {}
