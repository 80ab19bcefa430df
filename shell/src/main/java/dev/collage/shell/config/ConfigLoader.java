package dev.collage.shell.config;

import dev.collage.sdk.manifest.Manifest;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.Node;

/**
 * Reads the shell's YAML config into {@link ShellConfig}, or refuses it with the file, the line
 * and the problem. Unknown keys are refused too, so a typo cannot silently turn a setting off.
 */
public final class ConfigLoader {

    /** The config inside the shell's jar: the shop and its three apps on their default ports. */
    public static final String BUILT_IN = "defaults/collage.yaml";

    private static final Pattern PATH_SEGMENT = Pattern.compile("[A-Za-z0-9._~-]+|\\{[a-z][A-Za-z0-9]*}");
    private static final Pattern LAYOUT = Pattern.compile("[a-z][a-z0-9-]*");
    private static final Pattern SLOT = Pattern.compile("[a-z][a-z0-9-]*");
    private static final Pattern PARAM = Pattern.compile("[A-Za-z0-9_-]{1,64}");
    private static final Pattern NAV_HREF = Pattern.compile("/[A-Za-z0-9._~/?=&%-]*");
    private static final Pattern LOCALE = Pattern.compile("[a-z]{2,3}(-[A-Za-z0-9]{2,8})*");
    /** Paths the shell serves itself; a page there would shadow them. */
    private static final List<String> RESERVED = List.of("/apps", "/admin", "/_collage", "/health", "/metrics");

    private final Map<String, String> env;

    public ConfigLoader(Map<String, String> env) {
        this.env = Map.copyOf(env);
    }

    public ShellConfig load(Path file) {
        try {
            Path dir = file.toAbsolutePath().getParent();
            return parse(Files.readString(file, StandardCharsets.UTF_8), file.toString(), dir);
        } catch (IOException e) {
            throw new ConfigException(file + ": cannot be read: " + e.getMessage());
        }
    }

    public ShellConfig loadBuiltIn() {
        try (InputStream in = ConfigLoader.class.getClassLoader().getResourceAsStream(BUILT_IN)) {
            if (in == null) {
                throw new ConfigException(BUILT_IN + " is missing from the shell's jar");
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), "built-in " + BUILT_IN);
        } catch (IOException e) {
            throw new ConfigException(BUILT_IN + ": cannot be read: " + e.getMessage());
        }
    }

    /** Reads config from YAML text; {@code file} names it in errors. */
    public ShellConfig parse(String yaml, String file) {
        return parse(yaml, file, Path.of("").toAbsolutePath());
    }

    /** Reads config from YAML text; {@code baseDir} is where its relative paths start. */
    public ShellConfig parse(String yaml, String file, Path baseDir) {
        Node root;
        try {
            root = new Compose(LoadSettings.builder().setLabel(file).build())
                    .composeString(yaml)
                    .orElseThrow(() -> new ConfigException(file + ": is empty"));
        } catch (YamlEngineException e) {
            throw new ConfigException(
                    file + ": is not valid YAML: " + e.getMessage().replace('\n', ' '));
        }
        var top = new ConfigNode(root, file, "", env);
        top.allowOnly("server", "site", "composition", "apps", "pages");
        var composition = composition(top);
        var apps = apps(top.get("apps"));
        var pages = pages(top.get("pages"), apps, composition, baseDir);
        return new ShellConfig(server(top), site(top), composition, apps, pages, file);
    }

    private ServerConfig server(ConfigNode top) {
        String host = "0.0.0.0";
        int port = 8080;
        boolean virtualThreads = true;
        var server = top.find("server");
        if (server.isPresent()) {
            server.get().allowOnly("host", "port", "virtual-threads");
            host = server.get().find("host").map(ConfigNode::nonBlank).orElse(host);
            port = server.get().find("port").map(n -> n.integer(0, 65535)).orElse(port);
            virtualThreads =
                    server.get().find("virtual-threads").map(ConfigNode::bool).orElse(true);
        }
        return new ServerConfig(host, port, virtualThreads);
    }

    private SiteConfig site(ConfigNode top) {
        var site = top.find("site");
        if (site.isEmpty()) {
            return new SiteConfig("Collage", "en-US", List.of(new SiteConfig.NavLink("Home", "/")));
        }
        site.get().allowOnly("name", "default-locale", "nav");
        var nav = new ArrayList<SiteConfig.NavLink>();
        site.get().find("nav").ifPresent(links -> links.items().forEach(link -> {
            link.allowOnly("label", "href");
            nav.add(new SiteConfig.NavLink(
                    link.get("label").nonBlank(),
                    link.get("href").matching(NAV_HREF, "a path on the shop like /products/1")));
        }));
        return new SiteConfig(
                site.get().find("name").map(ConfigNode::nonBlank).orElse("Collage"),
                site.get()
                        .find("default-locale")
                        .map(n -> n.matching(LOCALE, "a locale like en-US"))
                        .orElse("en-US"),
                nav.isEmpty() ? List.of(new SiteConfig.NavLink("Home", "/")) : nav);
    }

    private CompositionConfig composition(ConfigNode top) {
        var defaults = CompositionConfig.defaults();
        var node = top.find("composition");
        if (node.isEmpty()) {
            return defaults;
        }
        node.get().allowOnly("in-order-wait", "page-budget", "cache-size");
        return new CompositionConfig(
                node.get()
                        .find("in-order-wait")
                        .map(n -> n.duration(Duration.ZERO, Duration.ofSeconds(10)))
                        .orElse(defaults.inOrderWait()),
                node.get()
                        .find("page-budget")
                        .map(n -> n.duration(Duration.ofMillis(1), Duration.ofSeconds(60)))
                        .orElse(defaults.pageBudget()),
                node.get()
                        .find("cache-size")
                        .map(n -> (long) n.integer(0, Integer.MAX_VALUE))
                        .orElse(defaults.cacheBytes()));
    }

    /**
     * {@code manifest: URL} for one upstream, or {@code upstreams:} with an id, a manifest and a
     * weight each, the weights adding up to 100.
     */
    private static List<UpstreamConfig> upstreams(ConfigNode app) {
        var single = app.find("manifest");
        var many = app.find("upstreams");
        if (single.isPresent() == many.isPresent()) {
            throw app.error("give either manifest (one upstream) or upstreams (several), not "
                    + (single.isPresent() ? "both" : "neither"));
        }
        if (single.isPresent()) {
            return List.of(new UpstreamConfig("1", single.get().httpUrl(), 100));
        }
        var upstreams = new ArrayList<UpstreamConfig>();
        var ids = new HashSet<String>();
        for (ConfigNode upstream : many.get().items()) {
            upstream.allowOnly("id", "manifest", "weight");
            String id = upstream.find("id")
                    .map(n -> n.matching(UpstreamConfig.ID, "an id like 1 or blue"))
                    .orElse(Integer.toString(upstreams.size() + 1));
            if (!ids.add(id)) {
                throw upstream.error("the id " + id + " is used twice");
            }
            upstreams.add(new UpstreamConfig(
                    id,
                    upstream.get("manifest").httpUrl(),
                    upstream.get("weight").integer(0, 100)));
        }
        int total = upstreams.stream().mapToInt(UpstreamConfig::weight).sum();
        if (upstreams.isEmpty() || total != 100) {
            throw many.get().error("the weights must add up to 100, they add up to " + total);
        }
        return upstreams;
    }

    private static RollbackConfig rollback(ConfigNode app) {
        var defaults = RollbackConfig.defaults();
        var node = app.find("rollback");
        if (node.isEmpty()) {
            return defaults;
        }
        node.get().allowOnly("error-rate", "window", "min-calls");
        int window = node.get().find("window").map(n -> n.integer(1, 1000)).orElse(defaults.window());
        return new RollbackConfig(
                node.get().find("error-rate").map(n -> n.integer(1, 100)).orElse(defaults.errorRate()),
                window,
                node.get()
                        .find("min-calls")
                        .map(n -> n.integer(1, window))
                        .orElse(Math.min(defaults.minCalls(), window)));
    }

    private static CircuitConfig circuit(ConfigNode app) {
        var defaults = CircuitConfig.defaults();
        var node = app.find("circuit");
        if (node.isEmpty()) {
            return defaults;
        }
        node.get().allowOnly("failure-rate", "window", "min-calls", "open-for", "probes");
        int window = node.get().find("window").map(n -> n.integer(1, 10_000)).orElse(defaults.window());
        var minCalls = node.get().find("min-calls");
        return new CircuitConfig(
                node.get().find("failure-rate").map(n -> n.integer(1, 100)).orElse(defaults.failureRate()),
                window,
                minCalls.map(n -> n.integer(1, window)).orElse(Math.min(defaults.minCalls(), window)),
                node.get()
                        .find("open-for")
                        .map(n -> n.duration(Duration.ofMillis(1), Duration.ofMinutes(10)))
                        .orElse(defaults.openFor()),
                node.get().find("probes").map(n -> n.integer(1, 100)).orElse(defaults.probes()));
    }

    private Map<String, AppConfig> apps(ConfigNode node) {
        var apps = new LinkedHashMap<String, AppConfig>();
        node.entries().forEach((name, app) -> {
            if (!Manifest.NAME.matcher(name).matches()) {
                throw app.error("an app's name must match " + Manifest.NAME.pattern() + " (it is its manifest's name)");
            }
            app.allowOnly(
                    "manifest",
                    "upstreams",
                    "timeout",
                    "proxy-timeout",
                    "max-fragment-size",
                    "max-in-flight",
                    "circuit",
                    "rollback");
            apps.put(
                    name,
                    new AppConfig(
                            name,
                            upstreams(app),
                            app.find("timeout")
                                    .map(n -> n.duration(Duration.ofMillis(1), Duration.ofSeconds(60)))
                                    .orElse(Duration.ofSeconds(1)),
                            app.find("proxy-timeout")
                                    .map(n -> n.duration(Duration.ofMillis(1), Duration.ofMinutes(5)))
                                    .orElse(Duration.ofSeconds(10)),
                            app.find("max-fragment-size")
                                    .map(n -> n.integer(1024, 16 << 20))
                                    .orElse(1 << 20),
                            app.find("max-in-flight")
                                    .map(n -> n.integer(1, 100_000))
                                    .orElse(256),
                            circuit(app),
                            rollback(app)));
        });
        if (apps.isEmpty()) {
            throw node.error("name at least one app");
        }
        return apps;
    }

    /** A built-in layout by name, or an HTML file relative to the config file's folder. */
    private static LayoutRef layout(ConfigNode node, Path baseDir) {
        String value = node.nonBlank();
        if (value.endsWith(".html")) {
            Path file = baseDir.resolve(value).toAbsolutePath().normalize();
            if (!Files.isReadable(file)) {
                throw node.error("layout file '" + value + "' (" + file + ") cannot be read");
            }
            return new LayoutRef.HtmlFile(file);
        }
        return new LayoutRef.BuiltIn(node.matching(LAYOUT, "a layout name like product, or an .html file"));
    }

    private List<PageConfig> pages(
            ConfigNode node, Map<String, AppConfig> apps, CompositionConfig composition, Path baseDir) {
        var pages = new ArrayList<PageConfig>();
        var paths = new HashSet<String>();
        for (ConfigNode page : node.items()) {
            page.allowOnly("path", "layout", "title", "slots", "budget");
            var pathNode = page.get("path");
            String path = pagePath(pathNode);
            if (!paths.add(path.replaceAll("\\{[^}]+}", "{}"))) {
                throw pathNode.error("another page already has the path " + path);
            }
            var slots = slots(page.get("slots"), apps, pathVariables(path));
            pages.add(new PageConfig(
                    path,
                    layout(page.get("layout"), baseDir),
                    page.find("title").map(ConfigNode::nonBlank).orElse(""),
                    slots,
                    page.find("budget")
                            .map(n -> n.duration(Duration.ofMillis(1), Duration.ofSeconds(60)))
                            .orElse(composition.pageBudget()),
                    page.where()));
        }
        if (pages.isEmpty()) {
            throw node.error("name at least one page");
        }
        return pages;
    }

    private static String pagePath(ConfigNode node) {
        String path = node.nonBlank();
        if (!path.startsWith("/")) {
            throw node.error("'" + path + "' must start with /");
        }
        for (String reserved : RESERVED) {
            if (path.equals(reserved) || path.startsWith(reserved + "/")) {
                throw node.error("'" + path + "' is under " + reserved + ", which the shell serves itself");
            }
        }
        if (!path.equals("/")) {
            for (String segment : path.substring(1).split("/", -1)) {
                if (!PATH_SEGMENT.matcher(segment).matches()) {
                    throw node.error("'" + path + "' has a bad segment '" + segment
                            + "'; use plain words and {name} for a variable");
                }
            }
        }
        return path;
    }

    private static Set<String> pathVariables(String path) {
        var names = new HashSet<String>();
        Matcher m = Pattern.compile("\\{([^}]+)}").matcher(path);
        while (m.find()) {
            names.add(m.group(1));
        }
        return names;
    }

    private List<SlotConfig> slots(ConfigNode node, Map<String, AppConfig> apps, Set<String> pathVariables) {
        var slots = new ArrayList<SlotConfig>();
        String primary = null;
        for (var entry : node.entries().entrySet()) {
            String name = entry.getKey();
            ConfigNode slot = entry.getValue();
            if (!SLOT.matcher(name).matches()) {
                throw slot.error("a slot's name must match " + SLOT.pattern());
            }
            slot.allowOnly("app", "primary", "params");
            var appNode = slot.get("app");
            String app = appNode.nonBlank();
            if (!apps.containsKey(app)) {
                throw appNode.error("names the app '" + app + "', which is not under apps (known: "
                        + String.join(", ", apps.keySet()) + ")");
            }
            boolean isPrimary = slot.find("primary").map(ConfigNode::bool).orElse(false);
            if (isPrimary && primary != null) {
                throw slot.error("a page has at most one primary slot; '" + primary + "' is already primary");
            }
            if (isPrimary) {
                primary = name;
            }
            var params = new LinkedHashMap<String, ParamSource>();
            slot.find("params").ifPresent(p -> p.entries().forEach((param, value) -> {
                if (!PARAM.matcher(param).matches()) {
                    throw value.error("a parameter's name must match " + PARAM.pattern());
                }
                params.put(param, paramSource(value, pathVariables));
            }));
            slots.add(new SlotConfig(name, app, isPrimary, params, slot.where()));
        }
        if (slots.isEmpty()) {
            throw node.error("name at least one slot");
        }
        return slots;
    }

    private static ParamSource paramSource(ConfigNode node, Set<String> pathVariables) {
        String value = node.text();
        Matcher reference = ParamSource.REFERENCE.matcher(value);
        if (!reference.matches()) {
            if (value.contains("{") || value.contains("}")) {
                throw node.error("'" + value + "' is neither a plain value nor a whole reference like {path.id},"
                        + " {query.city} or {cookie.weather-city}");
            }
            return new ParamSource.Literal(value);
        }
        String name = reference.group(2);
        switch (reference.group(1)) {
            case "path":
                if (!pathVariables.contains(name)) {
                    throw node.error("{path." + name + "} is not a variable of this page's path");
                }
                return new ParamSource.PathValue(name);
            case "query":
                return new ParamSource.QueryValue(name);
            default:
                return new ParamSource.CookieValue(name);
        }
    }
}
