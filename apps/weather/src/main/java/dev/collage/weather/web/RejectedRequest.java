package dev.collage.weather.web;

/**
 * Thrown by parameter parsing to end a request with a 4xx; the routes turn it into the JSON
 * of its {@link ApiError} in one place.
 */
public final class RejectedRequest extends RuntimeException {

    private static final long serialVersionUID = 1L;
    private final transient ApiError error;

    RejectedRequest(ApiError error) {
        super(error.message(), null, false, false);
        this.error = error;
    }

    public ApiError error() {
        return error;
    }
}
