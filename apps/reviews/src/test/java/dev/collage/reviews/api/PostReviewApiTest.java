package dev.collage.reviews.api;

import static dev.collage.reviews.testing.Http.json;
import static dev.collage.reviews.testing.Http.review;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.collage.reviews.testing.ReviewsOnSqlite;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.Socket;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code POST /api/products/{id}/reviews}: every way a review can be right or wrong. */
class PostReviewApiTest {

    private static final AtomicInteger PRODUCTS = new AtomicInteger();

    @RegisterExtension
    static final ReviewsOnSqlite reviews = new ReviewsOnSqlite();

    @Test
    void aValidReviewIsStoredAndAnswered201WithItsLocation() {
        String product = newProduct();
        var response = post(product, review(4, "Warm enough", "Slept well at -5 °C.", "Ingrid"));

        assertThat(response.statusCode()).isEqualTo(201);
        JsonNode body = json(response);
        assertThat(body.get("rating").asInt()).isEqualTo(4);
        assertThat(body.get("title").asText()).isEqualTo("Warm enough");
        assertThat(body.get("body").asText()).isEqualTo("Slept well at -5 °C.");
        assertThat(body.get("author").asText()).isEqualTo("Ingrid");
        assertThat(body.get("createdAt").asText()).endsWith("Z");
        assertThat(response.headers().firstValue("Location"))
                .hasValue("reviews/" + body.get("id").asText());
        assertThat(json(reviews.http().get(path(product)))
                        .get("summary")
                        .get("count")
                        .asInt())
                .isEqualTo(1);
    }

    @Test
    void theLocationLeadsToTheStoredReview() {
        String product = newProduct();
        var created = post(product, review(5, "Light", "Under a kilo.", "Sven"));

        var location = reviews.http()
                .uri(path(product))
                .resolve(created.headers().firstValue("Location").orElseThrow());
        var shown = reviews.http().send(HttpRequest.newBuilder(location).build());

        assertThat(shown.statusCode()).isEqualTo(200);
        assertThat(json(shown)).isEqualTo(json(created));
    }

    @Test
    void textIsTrimmedAndOtherwiseStoredExactlyAsWritten() {
        String product = newProduct();
        String script = "<script>alert('x')</script> & \"quotes\"";
        var response = post(product, review(3, "  " + script + "  ", "\n" + script + "\nline two\n", " Åsa "));

        JsonNode stored = json(reviews.http().get(path(product))).get("reviews").get(0);
        assertThat(response.statusCode()).isEqualTo(201);
        assertThat(stored.get("title").asText()).isEqualTo(script);
        assertThat(stored.get("body").asText()).isEqualTo(script + "\nline two");
        assertThat(stored.get("author").asText()).isEqualTo("Åsa");
    }

    @Test
    void everyMissingFieldIsNamedOnce() {
        var response = post(newProduct(), "{}");

        assertThat(response.statusCode()).isEqualTo(400);
        JsonNode errors = json(response).get("errors");
        assertThat(errors.size()).isEqualTo(4);
        assertThat(errors.get("rating").asText()).isEqualTo("is required");
        assertThat(errors.get("title").asText()).isEqualTo("is required");
        assertThat(errors.get("body").asText()).isEqualTo("is required");
        assertThat(errors.get("author").asText()).isEqualTo("is required");
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "6", "-1", "4.5", "\"5\"", "true", "[5]", "99999999999999999999", "1e400"})
    void aRatingThatIsNotAWholeNumberFromOneToFiveIsRefused(String rating) {
        var response =
                post(newProduct(), "{\"rating\":" + rating + ",\"title\":\"t\",\"body\":\"b\",\"author\":\"a\"}");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(errors(response)).containsExactly("rating=must be a whole number from 1 to 5");
    }

    @Test
    void textFieldsOfTheWrongTypeAreRefusedNamingTheType() {
        var response = post(newProduct(), "{\"rating\":5,\"title\":42,\"body\":[\"x\"],\"author\":{\"n\":1}}");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(errors(response))
                .containsExactlyInAnyOrder(
                        "title=must be a string, not number",
                        "body=must be a string, not array",
                        "author=must be a string, not object");
    }

    @Test
    void anEmptyTitleIsRequired() {
        var response = post(newProduct(), review(5, "", "body", "author"));

        assertThat(errors(response)).containsExactly("title=is required");
    }

    @Test
    void aBlankTitleIsRefused() {
        var response = post(newProduct(), review(5, " \t ", "body", "author"));

        assertThat(errors(response)).containsExactly("title=must not be blank");
    }

    @Test
    void textsAtTheirLimitsPass() {
        var response = post(newProduct(), review(5, "t".repeat(120), "b".repeat(4000), "a".repeat(60)));

        assertThat(response.statusCode()).isEqualTo(201);
    }

    @Test
    void textsOverTheirLimitsAreRefusedWithTheirLengths() {
        var response = post(newProduct(), review(5, "t".repeat(121), "b".repeat(4001), "a".repeat(61)));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(errors(response))
                .containsExactlyInAnyOrder(
                        "title=must be at most 120 characters (has 121)",
                        "body=must be at most 4000 characters (has 4001)",
                        "author=must be at most 60 characters (has 61)");
    }

    @Test
    void anEmojiCountsAsOneCharacter() {
        var response = post(newProduct(), review(5, "🏕".repeat(120), "ok", "🦊"));

        assertThat(response.statusCode()).isEqualTo(201);
    }

    @Test
    void controlCharactersAreRefusedButABodyKeepsItsLineBreaksAndTabs() {
        String product = newProduct();
        var refused = post(product, review(5, "bell\u0007", "nul\u0000", "two\nlines"));
        var kept = post(product, review(5, "fine", "one\r\n\ttwo\nthree", "Ola"));

        assertThat(errors(refused))
                .containsExactlyInAnyOrder(
                        "title=must not contain control characters or line breaks",
                        "body=must not contain control characters other than line breaks and tabs",
                        "author=must not contain control characters or line breaks");
        assertThat(kept.statusCode()).isEqualTo(201);
        assertThat(json(kept).get("body").asText()).isEqualTo("one\r\n\ttwo\nthree");
    }

    @Test
    void aLoneSurrogateIsRefusedAsInvalidText() {
        var response = post(newProduct(), "{\"rating\":5,\"title\":\"half \\ud83c\",\"body\":\"b\",\"author\":\"a\"}");

        assertThat(errors(response)).containsExactly("title=must be valid Unicode text");
    }

    @Test
    void malformedJsonIsRefusedSayingWhereItBreaks() {
        var response = post(newProduct(), "{\"rating\": 5, \"title\": ");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(json(response).get("errors").get("request").asText())
                .startsWith("is not valid JSON: ")
                .contains("line 1");
    }

    @ParameterizedTest
    @ValueSource(strings = {"[1,2]", "\"a review\"", "42", "null"})
    void aBodyThatIsNotAJsonObjectIsRefused(String body) {
        var response = post(newProduct(), body);

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(json(response).get("errors").get("request").asText()).startsWith("must be a JSON object");
    }

    @Test
    void anEmptyBodyIsRefused() {
        var response = post(newProduct(), "");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(json(response).get("errors").get("request").asText()).startsWith("is empty");
    }

    @Test
    void aFieldGivenTwiceIsRefused() {
        var response =
                post(newProduct(), "{\"rating\":1,\"rating\":5,\"title\":\"t\",\"body\":\"b\",\"author\":\"a\"}");

        assertThat(json(response).get("errors").get("request").asText()).contains("Duplicate field 'rating'");
    }

    @Test
    void textAfterTheObjectIsRefused() {
        var response = post(newProduct(), review(5, "t", "b", "a") + " {}");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(json(response).get("errors").get("request").asText()).startsWith("is not valid JSON");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "text/plain",
                "application/x-www-form-urlencoded",
                "application/json; charset=iso-8859-1",
                "application/jsonp"
            })
    void aBodyThatIsNotJsonIs415(String contentType) {
        var response = reviews.http()
                .send(HttpRequest.newBuilder(reviews.http().uri(path(newProduct())))
                        .header("Content-Type", contentType)
                        .POST(HttpRequest.BodyPublishers.ofString(review(5, "t", "b", "a")))
                        .build());

        assertThat(response.statusCode()).isEqualTo(415);
        assertThat(errors(response)).containsExactly("Content-Type=must be application/json");
    }

    @Test
    void aBodyWithoutContentTypeIs415() {
        var response = reviews.http()
                .send(HttpRequest.newBuilder(reviews.http().uri(path(newProduct())))
                        .POST(HttpRequest.BodyPublishers.ofString(review(5, "t", "b", "a")))
                        .build());

        assertThat(response.statusCode()).isEqualTo(415);
    }

    @Test
    void jsonDeclaredAsUtf8IsAccepted() {
        var response = reviews.http()
                .send(HttpRequest.newBuilder(reviews.http().uri(path(newProduct())))
                        .header("Content-Type", "Application/JSON; Charset=\"UTF-8\"")
                        .POST(HttpRequest.BodyPublishers.ofString(review(5, "t", "b", "a")))
                        .build());

        assertThat(response.statusCode()).isEqualTo(201);
    }

    @Test
    void aSeventeenKilobyteBodyIs413() {
        String product = newProduct();
        var response = post(product, review(5, "t", "x".repeat(17 * 1024), "a"));

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(errors(response)).containsExactly("request=must be at most 16384 bytes");
        assertThat(json(reviews.http().get(path(product)))
                        .get("summary")
                        .get("count")
                        .asInt())
                .isZero();
    }

    @Test
    void aSeventeenKilobyteBodySentWithoutALengthIs413() {
        byte[] body = review(5, "t", "x".repeat(17 * 1024), "a").getBytes(StandardCharsets.UTF_8);
        var response = reviews.http()
                .send(HttpRequest.newBuilder(reviews.http().uri(path(newProduct())))
                        .timeout(Duration.ofSeconds(10))
                        .header("Content-Type", "application/json")
                        // no known length: the client streams it in chunks
                        .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body)))
                        .build());

        assertThat(response.statusCode()).isEqualTo(413);
    }

    @Test
    void aHugeDeclaredBodyIsRefusedBeforeItIsSent() throws IOException {
        try (var socket = new Socket("127.0.0.1", reviews.port())) {
            socket.setSoTimeout(10_000);
            String head = "POST " + path(newProduct()) + " HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                    + "Content-Type: application/json\r\nContent-Length: 10000000\r\n\r\n";
            socket.getOutputStream().write(head.getBytes(StandardCharsets.US_ASCII));
            socket.getOutputStream().flush();

            var reader = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII));
            assertThat(reader.readLine()).startsWith("HTTP/1.1 413");
        }
    }

    @Test
    void theServiceStaysUpAfterRefusingABody() {
        post(newProduct(), review(5, "t", "x".repeat(20 * 1024), "a"));

        assertThat(post(newProduct(), review(5, "t", "b", "a")).statusCode()).isEqualTo(201);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "bad!id",
                "a.b",
                "%3Cscript%3E",
                "caf%C3%A9",
                "12345678901234567890123456789012345678901234567890123456789012345"
            })
    void anInvalidProductIdIs400ForPostsAndReads(String product) {
        var posted = post(product, review(5, "t", "b", "a"));
        var read = reviews.http().get("/api/products/" + product + "/reviews");

        assertThat(posted.statusCode()).isEqualTo(400);
        assertThat(read.statusCode()).isEqualTo(400);
        assertThat(errors(read)).containsExactly("product=must be 1 to 64 letters, digits, '-' or '_'");
    }

    @Test
    void anUnknownReviewIs404() {
        var response = reviews.http().get(path(newProduct()) + "/0000000000000000");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(json(response).get("errors").get("review").asText()).startsWith("no review");
    }

    @Test
    void aMalformedReviewIdIs400() {
        var response = reviews.http().get(path(newProduct()) + "/NOT-AN-ID");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(json(response).get("errors").has("review")).isTrue();
    }

    @Test
    void anUnknownApiPathIs404AsJson() {
        var response = reviews.http().get("/api/nothing-here");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(json(response).get("errors").get("path").asText()).contains("/api/nothing-here");
    }

    private HttpResponse<String> post(String product, String body) {
        return reviews.http().postJson(path(product), body);
    }

    private static String path(String product) {
        return "/api/products/" + product + "/reviews";
    }

    private static String newProduct() {
        return "post-" + PRODUCTS.incrementAndGet();
    }

    /** The errors of an answer as {@code field=message}. */
    static List<String> errors(HttpResponse<String> response) {
        var list = new ArrayList<String>();
        for (var error : json(response).get("errors").properties()) {
            list.add(error.getKey() + "=" + error.getValue().asText());
        }
        return list;
    }
}
