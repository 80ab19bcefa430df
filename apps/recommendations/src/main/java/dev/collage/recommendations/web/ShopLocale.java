package dev.collage.recommendations.web;

import java.util.Locale;

/** The visitor's locale from {@code podium-locale}; the shop's default when it is missing or unreadable. */
public final class ShopLocale {

    public static final Locale DEFAULT = Locale.US;

    private ShopLocale() {}

    public static Locale from(String languageTag) {
        if (languageTag == null || languageTag.isBlank()) {
            return DEFAULT;
        }
        Locale locale = Locale.forLanguageTag(languageTag.strip());
        return locale.getLanguage().isEmpty() ? DEFAULT : locale;
    }
}
