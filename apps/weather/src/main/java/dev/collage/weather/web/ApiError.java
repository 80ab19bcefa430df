package dev.collage.weather.web;

/**
 * A request the API refuses, and why, as the JSON body of a 4xx or 5xx:
 * {@code {"error":"bad_request","field":"city","message":"..."}}. Messages never repeat a
 * value that failed validation, so nothing a caller sent is reflected back unchecked.
 *
 * @param field the query parameter at fault, or null when no single one is
 */
public record ApiError(int status, String error, String field, String message) {

    public static ApiError badRequest(String field, String message) {
        return new ApiError(400, "bad_request", field, message);
    }

    public static ApiError notFound(String field, String message) {
        return new ApiError(404, "not_found", field, message);
    }
}
