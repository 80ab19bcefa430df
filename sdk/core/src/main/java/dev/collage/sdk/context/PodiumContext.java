package dev.collage.sdk.context;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * The request context a shell sends with a fragment request, read from the {@code podium-*}
 * headers. Missing headers get safe defaults, so an app can be called by hand during
 * development.
 *
 * @param publicPathname where the browser reaches this app's proxy routes through the shell,
 *     e.g. {@code /apps/weather/}; an app's JS finds its API from it, never from a host name
 */
public record PodiumContext(
        String locale,
        String deviceType,
        String mountOrigin,
        String mountPathname,
        String publicPathname,
        String requestedBy,
        boolean debug,
        String traceparent) {

    public PodiumContext {
        locale = orDefault(locale, "en-US");
        deviceType = orDefault(deviceType, "desktop");
        mountOrigin = orDefault(mountOrigin, "");
        mountPathname = orDefault(mountPathname, "/");
        publicPathname = orDefault(publicPathname, "/");
        requestedBy = orDefault(requestedBy, "");
        traceparent = orDefault(traceparent, "");
    }

    /** Reads the context from a header lookup ({@code ctx::header} in Javalin). */
    public static PodiumContext from(UnaryOperator<String> header) {
        return new PodiumContext(
                header.apply(PodiumHeaders.LOCALE),
                header.apply(PodiumHeaders.DEVICE_TYPE),
                header.apply(PodiumHeaders.MOUNT_ORIGIN),
                header.apply(PodiumHeaders.MOUNT_PATHNAME),
                header.apply(PodiumHeaders.PUBLIC_PATHNAME),
                header.apply(PodiumHeaders.REQUESTED_BY),
                "true".equalsIgnoreCase(header.apply(PodiumHeaders.DEBUG)),
                header.apply(PodiumHeaders.TRACEPARENT));
    }

    /** The browser-facing path of one of this app's proxy routes: {@code /apps/weather/api}. */
    public String publicPath(String proxyName) {
        return publicPathname.endsWith("/") ? publicPathname + proxyName : publicPathname + "/" + proxyName;
    }

    /** The headers that carry this context, for the side that sends it. */
    public Map<String, String> toHeaders() {
        var headers = new LinkedHashMap<String, String>();
        headers.put(PodiumHeaders.LOCALE, locale);
        headers.put(PodiumHeaders.DEVICE_TYPE, deviceType);
        headers.put(PodiumHeaders.MOUNT_ORIGIN, mountOrigin);
        headers.put(PodiumHeaders.MOUNT_PATHNAME, mountPathname);
        headers.put(PodiumHeaders.PUBLIC_PATHNAME, publicPathname);
        headers.put(PodiumHeaders.REQUESTED_BY, requestedBy);
        headers.put(PodiumHeaders.DEBUG, Boolean.toString(debug));
        if (!traceparent.isEmpty()) {
            headers.put(PodiumHeaders.TRACEPARENT, traceparent);
        }
        return headers;
    }

    private static String orDefault(String value, String otherwise) {
        return value == null || value.isBlank() ? otherwise : value;
    }
}
