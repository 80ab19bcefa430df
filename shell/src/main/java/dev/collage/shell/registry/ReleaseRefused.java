package dev.collage.shell.registry;

/** A release change that cannot be made as asked, with the reason and the HTTP status that says so. */
public final class ReleaseRefused extends RuntimeException {

    private final int status;

    public ReleaseRefused(int status, String reason) {
        super(reason);
        this.status = status;
    }

    public int status() {
        return status;
    }
}
