package dev.collage.sdk.manifest;

import java.util.List;

/** A manifest that cannot be used, with every reason why and where it came from. */
public final class InvalidManifestException extends RuntimeException {

    private final String source;
    private final List<String> problems;

    public InvalidManifestException(String source, List<String> problems) {
        super("invalid manifest from " + source + ": " + String.join("; ", problems));
        this.source = source;
        this.problems = List.copyOf(problems);
    }

    public String source() {
        return source;
    }

    public List<String> problems() {
        return problems;
    }
}
