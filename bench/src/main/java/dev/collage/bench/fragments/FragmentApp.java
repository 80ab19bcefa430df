package dev.collage.bench.fragments;

import java.time.Duration;

/**
 * One fragment "app" as the suite needs it: a name (the shell's key for it), a port, and how it
 * answers its content: at once, after a delay, or never.
 *
 * @param bytes the size of its fragment, exactly
 * @param delay how long it waits before answering its content; zero for at once
 * @param hangs never answers its content (the connection stays open until the caller gives up)
 */
public record FragmentApp(String name, int port, int bytes, Duration delay, boolean hangs) {

    public static final String CONTENT = "/content";
    public static final String FALLBACK = "/fallback";
    public static final String VERSION = "1";

    /** {@code name:port}, {@code name:port:300ms} (delayed) or {@code name:port:hang}. */
    public static FragmentApp parse(String spec, int bytes) {
        String[] parts = spec.split(":");
        if (parts.length < 2 || parts.length > 3) {
            throw new IllegalArgumentException("a fragment app is name:port[:delay|:hang], not " + spec);
        }
        int port = Integer.parseInt(parts[1]);
        if (parts.length == 2) {
            return new FragmentApp(parts[0], port, bytes, Duration.ZERO, false);
        }
        if (parts[2].equals("hang")) {
            return new FragmentApp(parts[0], port, bytes, Duration.ZERO, true);
        }
        return new FragmentApp(parts[0], port, bytes, dev.collage.bench.Durations.parse(parts[2]), false);
    }
}
