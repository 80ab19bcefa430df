package dev.collage.weather.cities;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Text as the city search compares it: accents and case gone, punctuation turned into
 * spaces, so "sao" finds "São Paulo", "zur" finds "Zürich" and "tromso" finds "Tromsø".
 */
final class SearchText {

    private SearchText() {}

    static String fold(String text) {
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD)
                .replaceAll("\\p{M}+", "")
                .toLowerCase(Locale.ROOT);
        var out = new StringBuilder(decomposed.length());
        for (int i = 0; i < decomposed.length(); i++) {
            char c = decomposed.charAt(i);
            // letters that Unicode does not decompose into a base letter and a mark
            switch (c) {
                case 'ø' -> out.append('o');
                case 'æ' -> out.append("ae");
                case 'œ' -> out.append("oe");
                case 'ß' -> out.append("ss");
                case 'ł' -> out.append('l');
                case 'đ', 'ð' -> out.append('d');
                case 'þ' -> out.append("th");
                case 'ı' -> out.append('i');
                default -> out.append(Character.isLetterOrDigit(c) ? c : ' ');
            }
        }
        return out.toString().strip().replaceAll(" +", " ");
    }
}
