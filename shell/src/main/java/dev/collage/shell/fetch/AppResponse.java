package dev.collage.shell.fetch;

import java.util.Map;
import java.util.Optional;

/**
 * What an app answered: its status, its headers (names in lower case, the first value of each)
 * and its whole body, which was never allowed to grow past the caller's limit.
 */
public record AppResponse(int status, Map<String, String> headers, byte[] body) {

    public AppResponse {
        headers = Map.copyOf(headers);
    }

    public Optional<String> header(String name) {
        return Optional.ofNullable(headers.get(name));
    }
}
