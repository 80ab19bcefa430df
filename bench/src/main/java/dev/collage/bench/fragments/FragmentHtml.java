package dev.collage.bench.fragments;

import java.nio.charset.StandardCharsets;

/**
 * The HTML of a fragment and of its fallback. Each ends with a marker comment that names its app
 * ({@code <!--/f1-->}, {@code <!--fallback:f1-->}), so a client reading a composed page can tell
 * when a fragment has arrived whole, and whether it was the fragment or the fallback.
 */
public final class FragmentHtml {

    private static final String FILLER = "Light, packable and warm: a layer for every trail, every season. ";

    private FragmentHtml() {}

    /** What every complete copy of {@code app}'s fragment ends with. */
    public static String endMarker(String app) {
        return "<!--/" + app + "--></section>";
    }

    public static String fallbackMarker(String app) {
        return "<!--fallback:" + app + "-->";
    }

    /** Exactly {@code bytes} bytes of ASCII HTML with one root element. */
    public static String fragment(String app, int bytes) {
        String open = "<section class=\"fragment\" data-app=\"" + app + "\"><p>";
        String close = "</p>" + endMarker(app);
        int fill = bytes - open.length() - close.length();
        if (fill < 0) {
            throw new IllegalArgumentException("a fragment cannot be smaller than " + (bytes - fill) + " bytes");
        }
        var html = new StringBuilder(bytes).append(open);
        while (html.length() < open.length() + fill) {
            html.append(FILLER, 0, Math.min(FILLER.length(), open.length() + fill - html.length()));
        }
        String result = html.append(close).toString();
        assert result.getBytes(StandardCharsets.US_ASCII).length == bytes;
        return result;
    }

    public static String fallback(String app) {
        return "<section class=\"fragment fallback\" data-app=\"" + app + "\"><p>" + app + " is resting.</p>"
                + fallbackMarker(app) + "</section>";
    }
}
