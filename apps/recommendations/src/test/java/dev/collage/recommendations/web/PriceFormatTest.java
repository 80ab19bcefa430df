package dev.collage.recommendations.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class PriceFormatTest {

    private final PriceFormat prices = new PriceFormat();

    @Test
    void americanEnglishPutsTheEuroSignFirstWithAPoint() {
        assertThat(prices.format(new BigDecimal("129.00"), Locale.forLanguageTag("en-US")))
                .isEqualTo("€129.00");
    }

    @Test
    void germanPutsTheEuroSignAfterWithAComma() {
        assertThat(withPlainSpaces(prices.format(new BigDecimal("129.00"), Locale.forLanguageTag("de-DE"))))
                .isEqualTo("129,00 €");
    }

    @Test
    void thousandsAreGroupedTheLocalesWay() {
        assertThat(prices.format(new BigDecimal("1299.5"), Locale.forLanguageTag("en-US")))
                .isEqualTo("€1,299.50");
        assertThat(withPlainSpaces(prices.format(new BigDecimal("1299.5"), Locale.forLanguageTag("de-DE"))))
                .isEqualTo("1.299,50 €");
    }

    @Test
    void aLanguageWithoutACountryStillShowsEuros() {
        assertThat(withPlainSpaces(prices.format(new BigDecimal("15"), Locale.forLanguageTag("fr"))))
                .isEqualTo("15,00 €");
    }

    @Test
    void aMissingOrUnreadableLocaleHeaderIsTheShopsDefault() {
        assertThat(ShopLocale.from(null)).isEqualTo(Locale.US);
        assertThat(ShopLocale.from("")).isEqualTo(Locale.US);
        assertThat(ShopLocale.from("<script>")).isEqualTo(Locale.US);
        assertThat(ShopLocale.from("de-DE")).isEqualTo(Locale.GERMANY);
    }

    /** CLDR puts a no-break space (U+00A0 or U+202F) between amount and sign; a reader sees a space. */
    private static String withPlainSpaces(String text) {
        return text.replace('\u00a0', ' ').replace('\u202f', ' ');
    }
}
