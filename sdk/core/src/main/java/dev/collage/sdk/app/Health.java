package dev.collage.sdk.app;

import java.util.Map;

/** What {@code GET /health} reports: up or down, and details worth a look (never secrets). */
public record Health(boolean isUp, Map<String, Object> details) {

    public Health {
        details = details == null ? Map.of() : Map.copyOf(details);
    }

    public static Health up() {
        return new Health(true, Map.of());
    }

    public static Health up(Map<String, Object> details) {
        return new Health(true, details);
    }

    public static Health down(String reason) {
        return new Health(false, Map.of("reason", reason));
    }
}
