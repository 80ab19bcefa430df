package dev.collage.bench.client;

import java.util.Map;

/**
 * One page as a client saw it arrive, every time in milliseconds from the moment the client
 * started connecting.
 *
 * @param firstByteMs the first byte of the response (status line)
 * @param headMs when {@code </head>} had arrived: the browser can fetch styles and scripts
 * @param markerMs for each marker looked for, when it had fully arrived; absent if it never did
 * @param doneMs the end of the response
 * @param body the whole body, as ISO-8859-1 characters
 */
public record PageReading(
        int status, double firstByteMs, double headMs, Map<String, Double> markerMs, double doneMs, String body) {

    public boolean hasAll() {
        return markerMs.values().stream().allMatch(ms -> ms >= 0);
    }
}
