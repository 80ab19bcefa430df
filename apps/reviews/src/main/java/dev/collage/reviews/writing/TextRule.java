package dev.collage.reviews.writing;

import java.util.Optional;

/**
 * What a text field of a review may hold: trimmed, 1 to {@code max} characters (code points,
 * so an emoji is one), no control characters except the line breaks and tabs a review body
 * may have. Nothing else is changed: markup is kept as written and escaped when shown.
 */
record TextRule(int max, boolean multiline) {

    /** Why {@code trimmed} breaks the rule, if it does. */
    Optional<String> problem(String trimmed) {
        if (trimmed.isEmpty()) {
            return Optional.of("must not be blank");
        }
        int length = trimmed.codePointCount(0, trimmed.length());
        if (length > max) {
            return Optional.of("must be at most " + max + " characters (has " + length + ")");
        }
        for (int i = 0; i < trimmed.length(); i++) {
            char c = trimmed.charAt(i);
            if (Character.isSurrogate(c)) {
                boolean paired = Character.isHighSurrogate(c)
                        && i + 1 < trimmed.length()
                        && Character.isLowSurrogate(trimmed.charAt(i + 1));
                if (!paired) {
                    return Optional.of("must be valid Unicode text");
                }
                i++;
            } else if (Character.isISOControl(c) && !(multiline && (c == '\n' || c == '\r' || c == '\t'))) {
                return Optional.of(
                        multiline
                                ? "must not contain control characters other than line breaks and tabs"
                                : "must not contain control characters or line breaks");
            }
        }
        return Optional.empty();
    }
}
