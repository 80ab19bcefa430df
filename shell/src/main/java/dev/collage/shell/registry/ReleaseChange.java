package dev.collage.shell.registry;

import java.time.Instant;

/**
 * One change to the way an app's visitors are spread over its releases: who made it, when,
 * and what. Logged, kept for the dashboard, and the moment the registry's state is saved.
 *
 * @param actor the person (as the admin API was told) or {@code shell} for an automatic rollback
 */
public record ReleaseChange(Instant at, String actor, String app, String action, String detail) {}
