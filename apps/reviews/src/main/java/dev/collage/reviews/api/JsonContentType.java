package dev.collage.reviews.api;

import java.util.Locale;

/** Whether a {@code Content-Type} announces JSON in UTF-8, the only body the API reads (RFC 8259). */
final class JsonContentType {

    static final String RULE = "must be application/json";

    private JsonContentType() {}

    static boolean accepts(String header) {
        if (header == null) {
            return false;
        }
        String[] parts = header.split(";");
        if (!parts[0].strip().toLowerCase(Locale.ROOT).equals("application/json")) {
            return false;
        }
        for (int i = 1; i < parts.length; i++) {
            String[] parameter = parts[i].split("=", 2);
            if (parameter[0].strip().equalsIgnoreCase("charset")) {
                String charset =
                        parameter.length < 2 ? "" : parameter[1].strip().replace("\"", "");
                if (!charset.equalsIgnoreCase("utf-8")) {
                    return false;
                }
            }
        }
        return true;
    }
}
