package dev.collage.reviews.api;

import dev.collage.reviews.review.Checked;
import dev.collage.reviews.review.PageRequest;
import dev.collage.reviews.review.Sort;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.UnaryOperator;

/** {@code ?sort=newest|highest|lowest&page=1&size=5}, each optional, each checked. */
record ListQuery(Sort sort, PageRequest page) {

    static final String PAGE_RULE = "must be a whole number from 1 to " + PageRequest.MAX_PAGE;
    static final String SIZE_RULE = "must be a whole number from 1 to " + PageRequest.MAX_SIZE;

    static Checked<ListQuery> parse(UnaryOperator<String> param) {
        var errors = new LinkedHashMap<String, String>();
        String rawSort = param.apply("sort");
        Sort sort = rawSort == null ? Sort.NEWEST : Sort.parse(rawSort).orElse(null);
        if (sort == null) {
            errors.put("sort", Sort.RULE);
        }
        int page = number(param.apply("page"), 1, PageRequest.MAX_PAGE, "page", PAGE_RULE, errors);
        int size =
                number(param.apply("size"), PageRequest.DEFAULT_SIZE, PageRequest.MAX_SIZE, "size", SIZE_RULE, errors);
        if (!errors.isEmpty()) {
            return new Checked.Invalid<>(errors);
        }
        return new Checked.Valid<>(new ListQuery(sort, new PageRequest(page, size)));
    }

    private static int number(
            String raw, int otherwise, int max, String name, String rule, Map<String, String> errors) {
        if (raw == null) {
            return otherwise;
        }
        // digits only: no sign, no spaces, no exponent; the length check keeps parseInt from overflowing
        if (!raw.matches("[0-9]{1,7}")) {
            errors.put(name, rule);
            return otherwise;
        }
        int value = Integer.parseInt(raw);
        if (value < 1 || value > max) {
            errors.put(name, rule);
            return otherwise;
        }
        return value;
    }
}
