package dev.collage.weather.forecast;

/**
 * A provider could not give a forecast. Expected now and then from a network source, so it is
 * a value the caller shows, not an exception.
 *
 * @param detail what went wrong, for the log and the API's error message
 */
public record ForecastUnavailable(Source source, Reason reason, String detail) implements ForecastResult {

    public enum Reason {
        /** no complete answer within the deadline */
        TIMEOUT,
        /** no connection could be made */
        UNREACHABLE,
        /** the source said the request was wrong, and why */
        REJECTED,
        /** the source failed (5xx) or answered with a status we do not expect */
        UPSTREAM_ERROR,
        /** the answer was not the JSON we asked for */
        BAD_RESPONSE
    }
}
