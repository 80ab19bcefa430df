package dev.collage.reviews.writing;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.collage.reviews.review.Checked;
import dev.collage.reviews.review.ReviewDraft;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Reads a posted review, {@code {"rating":4,"title":"…","body":"…","author":"…"}}, and checks
 * every field, so the answer names each wrong field once. Fields it does not know are ignored.
 */
public final class DraftReader {

    static final String RATING_RULE = "must be a whole number from 1 to 5";
    private static final TextRule TITLE = new TextRule(ReviewDraft.MAX_TITLE, false);
    private static final TextRule BODY = new TextRule(ReviewDraft.MAX_BODY, true);
    private static final TextRule AUTHOR = new TextRule(ReviewDraft.MAX_AUTHOR, false);
    private static final int MAX_PROBLEM = 200;

    private final ObjectMapper json = JsonMapper.builder()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    public Checked<ReviewDraft> read(byte[] body) {
        JsonNode root;
        try {
            root = json.readTree(body);
        } catch (JsonProcessingException e) {
            return request("is not valid JSON: " + describe(e));
        } catch (IOException e) {
            return request("could not be read");
        }
        if (root == null || root.isMissingNode()) {
            return request("is empty; send a JSON object with rating, title, body and author");
        }
        if (!root.isObject()) {
            return request("must be a JSON object with rating, title, body and author, not "
                    + root.getNodeType().name().toLowerCase(Locale.ROOT));
        }
        var errors = new LinkedHashMap<String, String>();
        int rating = rating(root.get("rating"), errors);
        String title = text("title", root.get("title"), TITLE, errors);
        String text = text("body", root.get("body"), BODY, errors);
        String author = text("author", root.get("author"), AUTHOR, errors);
        if (!errors.isEmpty()) {
            return new Checked.Invalid<>(errors);
        }
        return new Checked.Valid<>(new ReviewDraft(rating, title, text, author));
    }

    private static int rating(JsonNode node, Map<String, String> errors) {
        if (node == null || node.isNull()) {
            errors.put("rating", "is required");
            return 0;
        }
        if (!node.isIntegralNumber() || !node.canConvertToInt()) {
            errors.put("rating", RATING_RULE);
            return 0;
        }
        int rating = node.intValue();
        if (rating < ReviewDraft.MIN_RATING || rating > ReviewDraft.MAX_RATING) {
            errors.put("rating", RATING_RULE);
        }
        return rating;
    }

    private static String text(String field, JsonNode node, TextRule rule, Map<String, String> errors) {
        if (node == null || node.isNull()) {
            errors.put(field, "is required");
            return "";
        }
        if (!node.isTextual()) {
            errors.put(
                    field, "must be a string, not " + node.getNodeType().name().toLowerCase(Locale.ROOT));
            return "";
        }
        if (node.textValue().isEmpty()) {
            errors.put(field, "is required");
            return "";
        }
        String trimmed = node.textValue().strip();
        rule.problem(trimmed).ifPresent(problem -> errors.put(field, problem));
        return trimmed;
    }

    private static Checked<ReviewDraft> request(String problem) {
        return Checked.invalid("request", problem);
    }

    private static String describe(JsonProcessingException e) {
        String problem = e.getOriginalMessage();
        if (problem.length() > MAX_PROBLEM) {
            problem = problem.substring(0, MAX_PROBLEM) + "…";
        }
        var at = e.getLocation();
        return at == null ? problem : problem + " (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")";
    }
}
