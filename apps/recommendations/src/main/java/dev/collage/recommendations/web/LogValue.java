package dev.collage.recommendations.web;

import java.util.regex.Pattern;

/** A request value fit for a log line: as sent when it is a plain token, else a placeholder. */
public final class LogValue {

    private static final Pattern PLAIN = Pattern.compile("[A-Za-z0-9_.-]{1,64}");

    private LogValue() {}

    /** Keeps log lines one line each and free of whatever a visitor typed into a URL. */
    public static String of(String value) {
        return value != null && PLAIN.matcher(value).matches() ? value : "<not-shown>";
    }
}
