package dev.collage.sdk.manifest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a manifest from JSON. Fields it does not know are ignored, as Podium does, so newer
 * manifests stay readable. Podium's older form, where a css or js entry is a bare string, is
 * read too. Anything else that is off becomes one problem that names the field.
 */
public final class ManifestParser {

    private static final ObjectMapper JSON = new ObjectMapper();

    private ManifestParser() {}

    /** The valid manifest in {@code json}, or an exception naming every problem and {@code source}. */
    public static Manifest parse(String json, String source) {
        JsonNode root;
        try {
            root = JSON.readTree(json);
        } catch (JsonProcessingException e) {
            throw new InvalidManifestException(
                    source,
                    List.of("not JSON: " + e.getOriginalMessage() + " at line "
                            + e.getLocation().getLineNr() + ", column "
                            + e.getLocation().getColumnNr()));
        }
        if (root == null || !root.isObject()) {
            throw new InvalidManifestException(source, List.of("must be a JSON object"));
        }
        var problems = new ArrayList<String>();
        var manifest = new Manifest(
                text(root, "name", problems),
                text(root, "version", problems),
                text(root, "content", problems),
                text(root, "fallback", problems),
                cssAssets(root.get("css"), problems),
                jsAssets(root.get("js"), problems),
                proxy(root.get("proxy"), problems));
        problems.addAll(manifest.problems());
        if (!problems.isEmpty()) {
            throw new InvalidManifestException(source, problems);
        }
        return manifest;
    }

    private static String text(JsonNode node, String field, List<String> problems) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isTextual()) {
            problems.add(field + " must be a string, not "
                    + value.getNodeType().name().toLowerCase());
            return null;
        }
        return value.asText();
    }

    private static List<CssAsset> cssAssets(JsonNode node, List<String> problems) {
        var assets = new ArrayList<CssAsset>();
        for (JsonNode entry : arrayOf(node, "css", problems)) {
            if (entry.isTextual()) {
                assets.add(CssAsset.of(entry.asText()));
            } else if (entry.isObject()) {
                assets.add(new CssAsset(
                        text(entry, "value", problems), text(entry, "type", problems), text(entry, "media", problems)));
            } else {
                problems.add("css entries must be objects with a value");
            }
        }
        return assets;
    }

    private static List<JsAsset> jsAssets(JsonNode node, List<String> problems) {
        var assets = new ArrayList<JsAsset>();
        for (JsonNode entry : arrayOf(node, "js", problems)) {
            if (entry.isTextual()) {
                assets.add(new JsAsset(entry.asText(), null, false, false));
            } else if (entry.isObject()) {
                assets.add(new JsAsset(
                        text(entry, "value", problems),
                        text(entry, "type", problems),
                        entry.path("async").asBoolean(false),
                        entry.path("defer").asBoolean(false)));
            } else {
                problems.add("js entries must be objects with a value");
            }
        }
        return assets;
    }

    private static Iterable<JsonNode> arrayOf(JsonNode node, String field, List<String> problems) {
        if (node == null || node.isNull()) {
            return List.of();
        }
        if (!node.isArray()) {
            problems.add(field + " must be an array");
            return List.of();
        }
        return node;
    }

    private static Map<String, String> proxy(JsonNode node, List<String> problems) {
        var proxy = new LinkedHashMap<String, String>();
        if (node == null || node.isNull()) {
            return proxy;
        }
        if (!node.isObject()) {
            problems.add("proxy must be an object of name: target");
            return proxy;
        }
        node.fields().forEachRemaining(e -> {
            if (e.getValue().isTextual()) {
                proxy.put(e.getKey(), e.getValue().asText());
            } else {
                problems.add("proxy." + e.getKey() + " must be a string");
            }
        });
        return proxy;
    }
}
