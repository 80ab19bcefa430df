package dev.collage.shell.config;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.snakeyaml.engine.v2.common.FlowStyle;
import org.snakeyaml.engine.v2.common.ScalarStyle;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.nodes.Tag;

/**
 * One node of the YAML config that remembers where it stands (file and line) and its path
 * ({@code apps.weather.timeout}), so every error can name both. A scalar can be overridden by
 * an environment variable named after its path: {@code apps.weather.timeout} is
 * {@code COLLAGE_APPS_WEATHER_TIMEOUT}, {@code pages[1].title} is {@code COLLAGE_PAGES_1_TITLE}.
 */
final class ConfigNode {

    private static final Pattern DURATION = Pattern.compile("(\\d{1,9})\\s*(ms|s|m)");

    private final Node node;
    private final String file;
    private final String path;
    private final Map<String, String> env;

    ConfigNode(Node node, String file, String path, Map<String, String> env) {
        this.node = node;
        this.file = file;
        this.path = path;
        this.env = env;
    }

    String path() {
        return path;
    }

    /** {@code collage.yaml:12} — where a person finds this node. */
    String where() {
        if (overridden().isPresent()) {
            return "environment variable " + envName();
        }
        return node.getStartMark()
                .map(mark -> file + ":" + (mark.getLine() + 1))
                .orElse(file);
    }

    ConfigException error(String problem) {
        return new ConfigException(where() + ": " + (path.isEmpty() ? "" : path + ": ") + problem);
    }

    Map<String, ConfigNode> entries() {
        if (!(node instanceof MappingNode mapping)) {
            throw error("must be a mapping of key: value");
        }
        var entries = new LinkedHashMap<String, ConfigNode>();
        for (NodeTuple tuple : mapping.getValue()) {
            if (!(tuple.getKeyNode() instanceof ScalarNode key)) {
                throw child(tuple.getKeyNode(), "?").error("keys must be plain words");
            }
            var value = child(tuple.getValueNode(), key.getValue());
            if (entries.put(key.getValue(), value) != null) {
                throw value.error("is given twice");
            }
        }
        return entries;
    }

    List<ConfigNode> items() {
        if (!(node instanceof SequenceNode sequence)) {
            throw error("must be a list");
        }
        var items = new ArrayList<ConfigNode>();
        for (Node item : sequence.getValue()) {
            items.add(new ConfigNode(item, file, path + "[" + items.size() + "]", env));
        }
        return items;
    }

    /** Refuses keys other than {@code allowed}, suggesting the nearest one for a typo. */
    void allowOnly(String... allowed) {
        var known = Arrays.asList(allowed);
        entries().forEach((key, value) -> {
            if (!known.contains(key)) {
                throw value.error("unknown key"
                        + nearest(key, known)
                                .map(k -> "; did you mean '" + k + "'?")
                                .orElse("; allowed here: " + String.join(", ", known)));
            }
        });
    }

    ConfigNode get(String key) {
        return find(key).orElseThrow(() -> error("'" + key + "' is missing"));
    }

    /**
     * The child at {@code key}. A child the file leaves out still exists when the environment
     * sets it: a value by its own variable, a mapping by any variable under its path (so
     * {@code COLLAGE_APPS_WEATHER_CIRCUIT_WINDOW} works without a {@code circuit:} in the file).
     */
    Optional<ConfigNode> find(String key) {
        ConfigNode found = entries().get(key);
        if (found != null) {
            return Optional.of(found);
        }
        var scalar = new ConfigNode(new ScalarNode(Tag.NULL, "", ScalarStyle.PLAIN), file, join(key), env);
        if (scalar.overridden().isPresent()) {
            return Optional.of(scalar);
        }
        String prefix = scalar.envName() + "_";
        if (env.keySet().stream().anyMatch(name -> name.startsWith(prefix))) {
            return Optional.of(
                    new ConfigNode(new MappingNode(Tag.MAP, List.of(), FlowStyle.BLOCK), file, join(key), env));
        }
        return Optional.empty();
    }

    String text() {
        Optional<String> fromEnv = overridden();
        if (fromEnv.isPresent()) {
            return fromEnv.get();
        }
        if (!(node instanceof ScalarNode scalar)) {
            throw error("must be a single value");
        }
        return scalar.getValue();
    }

    String nonBlank() {
        String text = text().strip();
        if (text.isEmpty()) {
            throw error("must not be empty");
        }
        return text;
    }

    String matching(Pattern pattern, String what) {
        String text = nonBlank();
        if (!pattern.matcher(text).matches()) {
            throw error("'" + text + "' is not " + what);
        }
        return text;
    }

    boolean bool() {
        String text = nonBlank().toLowerCase(Locale.ROOT);
        if (text.equals("true") || text.equals("false")) {
            return Boolean.parseBoolean(text);
        }
        throw error("'" + text + "' must be true or false");
    }

    int integer(int min, int max) {
        String text = nonBlank();
        try {
            int value = Integer.parseInt(text);
            if (value < min || value > max) {
                throw error(value + " must be from " + min + " to " + max);
            }
            return value;
        } catch (NumberFormatException e) {
            throw error("'" + text + "' is not a whole number");
        }
    }

    Duration duration(Duration min, Duration max) {
        String text = nonBlank();
        var matcher = DURATION.matcher(text);
        if (!matcher.matches()) {
            throw error("'" + text + "' is not a duration; write it like 800ms, 2s or 1m");
        }
        long amount = Long.parseLong(matcher.group(1));
        Duration value =
                switch (matcher.group(2)) {
                    case "ms" -> Duration.ofMillis(amount);
                    case "s" -> Duration.ofSeconds(amount);
                    default -> Duration.ofMinutes(amount);
                };
        if (value.compareTo(min) < 0 || value.compareTo(max) > 0) {
            throw error(text + " must be from " + min.toMillis() + "ms to " + max.toMillis() + "ms");
        }
        return value;
    }

    URI httpUrl() {
        String text = nonBlank();
        try {
            URI uri = new URI(text);
            if (!("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) || uri.getHost() == null) {
                throw error("'" + text + "' must be an http:// or https:// URL with a host");
            }
            return uri;
        } catch (URISyntaxException e) {
            throw error("'" + text + "' is not a URL: " + e.getReason());
        }
    }

    private ConfigNode child(Node child, String key) {
        return new ConfigNode(child, file, join(key), env);
    }

    private String join(String key) {
        return path.isEmpty() ? key : path + "." + key;
    }

    private Optional<String> overridden() {
        return Optional.ofNullable(env.get(envName()));
    }

    /** {@code apps.weather.timeout} → {@code COLLAGE_APPS_WEATHER_TIMEOUT}. */
    String envName() {
        return "COLLAGE_"
                + path.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]+", "_").replaceAll("_$", "");
    }

    private static Optional<String> nearest(String typo, List<String> known) {
        return known.stream().filter(k -> distance(k, typo) <= 2).min((a, b) -> distance(a, typo) - distance(b, typo));
    }

    private static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            int[] current = new int[b.length() + 1];
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            previous = current;
        }
        return previous[b.length()];
    }
}
