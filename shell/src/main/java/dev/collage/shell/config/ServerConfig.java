package dev.collage.shell.config;

/**
 * Where the shell listens. {@code HOST} and {@code PORT} in the environment win over the file.
 *
 * @param virtualThreads serve pages on virtual threads (JDK 21+): a page waits for its slots,
 *     and on virtual threads no number of slow apps can use the threads up; a platform pool
 *     measured about a quarter less CPU per page with fast apps, but 200 pages waiting for a
 *     slow app fill it
 */
public record ServerConfig(String host, int port, boolean virtualThreads) {}
