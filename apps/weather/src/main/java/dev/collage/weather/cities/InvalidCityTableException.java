package dev.collage.weather.cities;

/** The bundled city table is broken; the message names the entry, its line and the problem. */
public final class InvalidCityTableException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public InvalidCityTableException(String message) {
        super(message);
    }

    public InvalidCityTableException(String message, Throwable cause) {
        super(message, cause);
    }
}
