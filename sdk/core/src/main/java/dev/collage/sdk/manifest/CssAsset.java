package dev.collage.sdk.manifest;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Optional;

/** A stylesheet the page must load for an app's fragment; Podium's css asset. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record CssAsset(String value, String type, String media) {

    public CssAsset {
        type = type == null || type.isBlank() ? "text/css" : type;
    }

    public static CssAsset of(String value) {
        return new CssAsset(value, null, null);
    }

    Optional<String> problem(String field) {
        if (value == null || value.isBlank()) {
            return Optional.of(field + ".value is missing");
        }
        return ManifestUrls.problem(field + ".value", value);
    }
}
