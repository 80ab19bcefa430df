package dev.collage.shell.config;

/** Where the shell listens. {@code HOST} and {@code PORT} in the environment win over the file. */
public record ServerConfig(String host, int port) {}
