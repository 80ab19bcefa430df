package dev.collage.shell.registry;

import java.time.Instant;

/** What the shell knows of an app right now. */
public sealed interface AppState {

    /** Not read yet: the app has not answered since the shell started. The shell keeps trying. */
    record Pending(String reason, Instant since) implements AppState {}

    /** Its manifest is known and valid; fragments can be fetched. */
    record Ready(LoadedManifest loaded) implements AppState {}

    /** It answered with a manifest the shell refuses; it stays out of pages until that is fixed. */
    record Unavailable(String reason, Instant since) implements AppState {}
}
