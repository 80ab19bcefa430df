package dev.collage.shell.context;

import dev.collage.sdk.context.PodiumContext;
import io.javalin.http.Context;
import java.util.HexFormat;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;

/**
 * The part of a visitor's request that apps may know, worked out once per request and sent to
 * every app as Podium's context headers. Everything is sanitised: an app never sees the raw
 * {@code Accept-Language}, {@code User-Agent} or {@code Host} the visitor sent.
 */
public record VisitorContext(
        String locale,
        String deviceType,
        String mountOrigin,
        String mountPathname,
        String traceparent,
        String visitorId,
        boolean newVisitor) {

    /**
     * The cookie that keeps a visitor on one release of each app while a new one rolls out. It
     * holds a random id and nothing else; it is the shell's, and no app ever sees it.
     */
    public static final String VISITOR_COOKIE = "collage-visitor";

    private static final Pattern VISITOR_ID = Pattern.compile("[0-9a-f]{32}");

    private static final Pattern LANGUAGE_TAG = Pattern.compile("[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8}){0,3}");
    private static final Pattern HOST =
            Pattern.compile("[A-Za-z0-9.-]{1,253}(:\\d{1,5})?|\\[[0-9A-Fa-f:.]{2,45}](:\\d{1,5})?");
    private static final Pattern TRACEPARENT = Pattern.compile("00-([0-9a-f]{32})-[0-9a-f]{16}-([0-9a-f]{2})");
    private static final Pattern PHONE = Pattern.compile("Mobi|iPhone|Android.+Mobile|Windows Phone");
    private static final Pattern TABLET = Pattern.compile("iPad|Tablet|Android(?!.+Mobile)|Kindle|Silk");

    public static VisitorContext of(Context ctx, String defaultLocale) {
        String visitor = ctx.cookie(VISITOR_COOKIE);
        boolean known = visitor != null && VISITOR_ID.matcher(visitor).matches();
        return new VisitorContext(
                locale(ctx.header("Accept-Language"), defaultLocale),
                deviceType(ctx.header("User-Agent")),
                origin(ctx),
                ctx.path(),
                childTraceparent(ctx.header("traceparent")),
                known ? visitor : newVisitorId(),
                !known);
    }

    /**
     * The context headers for one release of one app. The public pathname names the version, so
     * the fragment's script calls the API of the release that rendered it, and its assets come
     * from that release too: {@code /apps/weather/@1.5.0/}.
     */
    public PodiumContext forApp(String appName, String version) {
        return new PodiumContext(
                locale,
                deviceType,
                mountOrigin,
                mountPathname,
                publicPathname(appName, version),
                "collage-shell",
                false,
                traceparent);
    }

    /** Where the browser reaches one release of an app through the shell. */
    public static String publicPathname(String appName, String version) {
        return "/apps/" + appName + "/@" + version + "/";
    }

    private static String newVisitorId() {
        var random = ThreadLocalRandom.current();
        return HexFormat.of().toHexDigits(random.nextLong()) + HexFormat.of().toHexDigits(random.nextLong());
    }

    /** The first language the visitor's browser asks for, as a BCP 47 tag (en-US). */
    static String locale(String acceptLanguage, String defaultLocale) {
        if (acceptLanguage == null) {
            return defaultLocale;
        }
        for (String part : acceptLanguage.split(",")) {
            String tag = part.split(";")[0].strip();
            if (LANGUAGE_TAG.matcher(tag).matches()) {
                return Locale.forLanguageTag(tag).toLanguageTag();
            }
        }
        return defaultLocale;
    }

    static String deviceType(String userAgent) {
        if (userAgent == null) {
            return "desktop";
        }
        if (PHONE.matcher(userAgent).find()) {
            return "mobile";
        }
        return TABLET.matcher(userAgent).find() ? "tablet" : "desktop";
    }

    private static String origin(Context ctx) {
        String host = ctx.header("Host");
        if (host == null || !HOST.matcher(host).matches()) {
            host = "localhost";
        }
        return ctx.scheme() + "://" + host;
    }

    /**
     * W3C Trace Context: keep the visitor's trace when it sent a valid one, start one otherwise;
     * either way the shell is a new span, the parent of its calls to the apps.
     */
    static String childTraceparent(String incoming) {
        var random = ThreadLocalRandom.current();
        String traceId;
        String flags = "01";
        var matcher = incoming == null ? null : TRACEPARENT.matcher(incoming);
        if (matcher != null && matcher.matches() && !matcher.group(1).equals("0".repeat(32))) {
            traceId = matcher.group(1);
            flags = matcher.group(2);
        } else {
            traceId = HexFormat.of().toHexDigits(random.nextLong())
                    + HexFormat.of().toHexDigits(random.nextLong());
        }
        String spanId = HexFormat.of().toHexDigits(random.nextLong() | 1L);
        return "00-" + traceId + "-" + spanId + "-" + flags;
    }
}
