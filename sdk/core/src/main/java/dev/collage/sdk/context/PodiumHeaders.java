package dev.collage.sdk.context;

/**
 * The request-context headers a layout sends with every fragment request. The names are
 * Podium's ({@code @podium/context}), so Podium podlets understand a Collage shell.
 */
public final class PodiumHeaders {

    public static final String LOCALE = "podium-locale";
    public static final String DEVICE_TYPE = "podium-device-type";
    public static final String MOUNT_ORIGIN = "podium-mount-origin";
    public static final String MOUNT_PATHNAME = "podium-mount-pathname";
    public static final String PUBLIC_PATHNAME = "podium-public-pathname";
    public static final String REQUESTED_BY = "podium-requested-by";
    public static final String DEBUG = "podium-debug";
    /** W3C Trace Context, passed through so an app's logs join the page's trace. */
    public static final String TRACEPARENT = "traceparent";
    /** Stamped by an app on every response: the version it is running. */
    public static final String PODLET_VERSION = "podlet-version";

    private PodiumHeaders() {}
}
