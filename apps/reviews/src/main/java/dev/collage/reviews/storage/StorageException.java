package dev.collage.reviews.storage;

/** The database failed a request it should have served: not the visitor's fault, a 5xx. */
public final class StorageException extends RuntimeException {

    public StorageException(String message, Throwable cause) {
        super(message, cause);
    }
}
