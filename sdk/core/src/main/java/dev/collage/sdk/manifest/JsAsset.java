package dev.collage.sdk.manifest;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Optional;
import java.util.Set;

/**
 * A script the page must load for an app's fragment; Podium's js asset. {@code type} is
 * Podium's: {@code module} (an ES module) or {@code default} (a classic script); {@code esm}
 * and {@code cjs} are the older spellings of the same two.
 */
@JsonInclude(JsonInclude.Include.NON_DEFAULT)
public record JsAsset(String value, String type, boolean async, boolean defer) {

    private static final Set<String> TYPES = Set.of("module", "default", "esm", "cjs");

    public JsAsset {
        type = type == null || type.isBlank() ? "default" : type;
    }

    /** An ES module the page may run as soon as it has loaded it. */
    public static JsAsset module(String value) {
        return new JsAsset(value, "module", true, false);
    }

    /** Whether the browser must load it as an ES module. */
    public boolean isModule() {
        return type.equals("module") || type.equals("esm");
    }

    Optional<String> problem(String field) {
        if (value == null || value.isBlank()) {
            return Optional.of(field + ".value is missing");
        }
        if (!TYPES.contains(type)) {
            return Optional.of(field + ".type '" + type + "' must be one of module, default");
        }
        return ManifestUrls.problem(field + ".value", value);
    }
}
