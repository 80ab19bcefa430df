package dev.collage.shell.web;

/** A page the shell writes itself when it cannot compose one. */
public record ErrorView(Chrome chrome, String title, String heading, String message) {}
