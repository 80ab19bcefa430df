package dev.collage.recommendations.fragment;

import java.util.List;
import java.util.Locale;

/** Words a shopper reads, made from the catalog's and the weather's keys. */
final class Labels {

    private Labels() {}

    /** {@code sun-protection} as {@code Sun protection}. */
    static String tag(String tag) {
        String words = tag.replace('-', ' ');
        return words.substring(0, 1).toUpperCase(Locale.ROOT) + words.substring(1);
    }

    /** {@code [rain, cold]} as {@code Picked for rain and cold}; empty for no conditions. */
    static String pickedFor(List<String> conditions) {
        if (conditions.isEmpty()) {
            return "";
        }
        if (conditions.size() == 1) {
            return "Picked for " + conditions.get(0);
        }
        String allButLast = String.join(", ", conditions.subList(0, conditions.size() - 1));
        return "Picked for " + allButLast + " and " + conditions.get(conditions.size() - 1);
    }
}
