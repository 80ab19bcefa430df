package dev.collage.shell.config;

/** A config the shell cannot start with; the message names the file, the line and the problem. */
public final class ConfigException extends RuntimeException {

    public ConfigException(String message) {
        super(message);
    }
}
