package dev.collage.sdk.manifest;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * What an app says about itself at {@code GET /manifest.json}. The fields and their meaning are
 * Podium's podlet manifest, so a Podium layout can read it and Collage can read a Podium
 * podlet's.
 *
 * <p>{@code content}, {@code fallback}, asset values and proxy targets are either absolute
 * {@code http(s)} URLs or paths relative to the manifest's folder (see {@link ManifestUrls}).
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Manifest(
        String name,
        String version,
        String content,
        String fallback,
        List<CssAsset> css,
        List<JsAsset> js,
        Map<String, String> proxy) {

    public static final Pattern NAME = Pattern.compile("[a-z][a-z0-9-]{0,63}");
    public static final Pattern PROXY_NAME = Pattern.compile("[a-zA-Z0-9_-]{1,64}");
    private static final Pattern VERSION = Pattern.compile("[0-9A-Za-z.+_-]{1,64}");

    public Manifest {
        css = css == null ? List.of() : List.copyOf(css);
        js = js == null ? List.of() : List.copyOf(js);
        // insertion order is kept so the manifest reads back the way its author wrote it
        proxy = proxy == null ? Map.of() : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(proxy));
    }

    /** Every rule this manifest breaks, each naming the field; empty when it is valid. */
    public List<String> problems() {
        var problems = new ArrayList<String>();
        if (name == null || name.isBlank()) {
            problems.add("name is missing");
        } else if (!NAME.matcher(name).matches()) {
            problems.add("name '" + name + "' must match " + NAME.pattern());
        }
        if (version == null || version.isBlank()) {
            problems.add("version is missing");
        } else if (!VERSION.matcher(version).matches()) {
            problems.add("version '" + version + "' must match " + VERSION.pattern());
        }
        if (content == null || content.isBlank()) {
            problems.add("content is missing");
        } else {
            ManifestUrls.problem("content", content).ifPresent(problems::add);
        }
        if (fallback != null && !fallback.isEmpty()) {
            ManifestUrls.problem("fallback", fallback).ifPresent(problems::add);
        }
        for (int i = 0; i < css.size(); i++) {
            css.get(i).problem("css[" + i + "]").ifPresent(problems::add);
        }
        for (int i = 0; i < js.size(); i++) {
            js.get(i).problem("js[" + i + "]").ifPresent(problems::add);
        }
        proxy.forEach((proxyName, target) -> {
            if (!PROXY_NAME.matcher(proxyName).matches()) {
                problems.add("proxy name '" + proxyName + "' must match " + PROXY_NAME.pattern());
            }
            if (target == null || target.isBlank()) {
                problems.add("proxy." + proxyName + " has no target");
            } else {
                ManifestUrls.problem("proxy." + proxyName, target).ifPresent(problems::add);
            }
        });
        return List.copyOf(problems);
    }

    /** This manifest, or an exception listing every problem when it is not valid. */
    public Manifest validated(String source) {
        var problems = problems();
        if (!problems.isEmpty()) {
            throw new InvalidManifestException(source, problems);
        }
        return this;
    }
}
