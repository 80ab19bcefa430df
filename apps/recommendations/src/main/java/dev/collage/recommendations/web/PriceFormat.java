package dev.collage.recommendations.web;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Currency;
import java.util.Locale;

/**
 * Euro prices as the visitor's locale writes them: {@code €129.00} for en-US, {@code 129,00 €}
 * for de-DE. Formatted on the server, for the fragment and for the API alike, so the page and
 * its script never disagree.
 */
public final class PriceFormat {

    private static final Currency EURO = Currency.getInstance("EUR");

    public String format(BigDecimal euros, Locale locale) {
        // NumberFormat is not thread-safe and cheap to make: one per call.
        NumberFormat format = NumberFormat.getCurrencyInstance(locale);
        format.setCurrency(EURO);
        format.setMinimumFractionDigits(2);
        format.setMaximumFractionDigits(2);
        return format.format(euros);
    }
}
