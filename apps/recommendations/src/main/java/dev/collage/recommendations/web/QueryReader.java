package dev.collage.recommendations.web;

import dev.collage.recommendations.weather.Condition;
import dev.collage.recommendations.weather.Weather;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads a request's query parameters and writes down every problem instead of stopping at the
 * first, so one 400 answer names all of them. Each read returns a usable default when the
 * value is bad; a caller checks {@link #problems()} before acting on what it read.
 *
 * <p>Values are quoted back in messages only when they are short and made of plain
 * characters: a message never carries markup or a log-breaking line from a request.
 */
public final class QueryReader {

    private static final Pattern PRODUCT_ID = Pattern.compile("[0-9]{1,12}");
    private static final Pattern WHOLE_NUMBER = Pattern.compile("[+-]?[0-9]+");
    private static final Pattern LANGUAGE_TAG = Pattern.compile("[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8}){0,4}");
    private static final Pattern QUOTABLE = Pattern.compile("[A-Za-z0-9 _.,+-]{1,24}");
    private static final int MAX_WEATHER_ITEMS = 12;

    private final Map<String, List<String>> params;
    private final List<ParamProblem> problems = new ArrayList<>();

    public QueryReader(Map<String, List<String>> params) {
        this.params = params;
    }

    public List<ParamProblem> problems() {
        return List.copyOf(problems);
    }

    public boolean hasProblems() {
        return !problems.isEmpty();
    }

    /** The parameter's one value as sent, if it was sent; sending it twice is a problem. */
    public Optional<String> single(String name) {
        List<String> values = params.getOrDefault(name, List.of());
        if (values.size() > 1) {
            problem(name, name + " must be given once, was given " + values.size() + " times");
            return Optional.empty();
        }
        return values.stream().findFirst();
    }

    /** A catalog product id (digits), if sent. */
    public Optional<String> productId(String name) {
        Optional<String> value = single(name);
        if (value.isPresent() && !PRODUCT_ID.matcher(value.get()).matches()) {
            problem(name, name + " must be a product id: 1 to 12 digits, like 7" + quoted(value.get()));
            return Optional.empty();
        }
        return value;
    }

    /** Checks a product id that came in the path ({@code /api/products/{id}}), not the query. */
    public Optional<String> pathProductId(String name, String value) {
        if (!PRODUCT_ID.matcher(value).matches()) {
            problem(name, name + " must be a product id: 1 to 12 digits, like 7" + quoted(value));
            return Optional.empty();
        }
        return Optional.of(value);
    }

    /** A whole number from {@code min} to {@code max}, {@code otherwise} when not sent. */
    public int wholeNumber(String name, int min, int max, int otherwise) {
        Optional<String> value = single(name);
        if (value.isEmpty()) {
            return otherwise;
        }
        String text = value.get().strip();
        String rule = name + " must be a whole number from " + min + " to " + max;
        if (!WHOLE_NUMBER.matcher(text).matches()) {
            problem(name, rule + quoted(text));
            return otherwise;
        }
        // Too many digits is "too big", never an overflow: 99999999999 is out of range, not an error.
        String digits = text.replaceFirst("^[+-]", "");
        long number = digits.length() > 9 ? Long.MAX_VALUE : Long.parseLong(text);
        if (number < min || number > max) {
            problem(name, rule + quoted(text));
            return otherwise;
        }
        return (int) number;
    }

    /** A comma list of weather conditions ({@code rain,cold}); none when not sent or empty. */
    public Weather weather(String name) {
        Optional<String> value = single(name);
        if (value.isEmpty() || value.get().isBlank()) {
            return Weather.unknown();
        }
        String[] items = value.get().split(",", -1);
        if (items.length > MAX_WEATHER_ITEMS) {
            problem(name, name + " must list at most " + MAX_WEATHER_ITEMS + " conditions of " + Condition.knownKeys());
            return Weather.unknown();
        }
        var conditions = EnumSet.noneOf(Condition.class);
        for (String item : items) {
            String key = item.strip().toLowerCase(Locale.ROOT);
            Optional<Condition> condition = Condition.byKey(key);
            if (condition.isEmpty()) {
                problem(
                        name,
                        name + " must be a comma list of " + Condition.knownKeys() + ", has an unknown condition"
                                + quoted(item.strip()));
                return Weather.unknown();
            }
            condition.ifPresent(conditions::add);
        }
        return new Weather(conditions);
    }

    /** A BCP 47 language tag such as {@code de-DE}, if sent. */
    public Optional<Locale> locale(String name) {
        Optional<String> value = single(name);
        if (value.isPresent() && !LANGUAGE_TAG.matcher(value.get()).matches()) {
            problem(name, name + " must be a language tag like en-US or de-DE" + quoted(value.get()));
            return Optional.empty();
        }
        return value.map(Locale::forLanguageTag);
    }

    private void problem(String field, String message) {
        problems.add(new ParamProblem(field, message));
    }

    private static String quoted(String value) {
        return QUOTABLE.matcher(value).matches() ? ", was '" + value + "'" : "";
    }
}
