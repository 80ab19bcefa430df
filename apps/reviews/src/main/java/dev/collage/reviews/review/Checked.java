package dev.collage.reviews.review;

import java.util.Map;

/** Input after its checks: a value ready to use, or one message per field that is wrong. */
public sealed interface Checked<T> {

    record Valid<T>(T value) implements Checked<T> {}

    /** Keys name the field (a JSON field, a query parameter, a header) that is wrong. */
    record Invalid<T>(Map<String, String> errors) implements Checked<T> {
        public Invalid {
            errors = Map.copyOf(errors);
        }
    }

    static <T> Checked<T> invalid(String field, String problem) {
        return new Invalid<>(Map.of(field, problem));
    }
}
