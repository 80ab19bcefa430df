package dev.collage.sdk.app;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.collage.sdk.context.PodiumHeaders;
import dev.collage.sdk.manifest.CssAsset;
import dev.collage.sdk.manifest.JsAsset;
import dev.collage.sdk.manifest.Manifest;
import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Handler;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One app's side of the contract: it builds the manifest from what the app declares and
 * mounts {@code /manifest.json}, the fragment, the fallback, {@code /assets/*} and
 * {@code /health} on a Javalin server, stamping {@code podlet-version} on every response.
 * The app adds its own API routes; nothing else is needed to be composable.
 *
 * <pre>{@code
 * var app = MicroApp.builder(WeatherMain.class)
 *         .content("/content", forecast::fragment)
 *         .fallback("/fallback", forecast::fallback)
 *         .css("weather.css").js("weather.js")
 *         .proxy("api", "/api")
 *         .build();
 * app.server(config -> config.routes.get("/api/forecast", forecast::api)).start(port);
 * }</pre>
 */
public final class MicroApp {

    private static final Logger log = LoggerFactory.getLogger(MicroApp.class);
    private static final String HTML = "text/html; charset=utf-8";

    private final Manifest manifest;
    private final String manifestJson;
    private final AssetBundle assets;
    private final Handler content;
    private final Handler fallback;
    private final Supplier<Health> health;

    private MicroApp(Builder b, Manifest manifest) {
        this.manifest = manifest;
        this.manifestJson = toJson(manifest);
        this.assets = b.assets;
        this.content = b.content;
        this.fallback = b.fallback;
        this.health = b.health;
    }

    /**
     * Starts the declaration of the app whose {@link AppInfo#RESOURCE} and {@code assets/} are
     * on the class path of {@code appClass}.
     */
    public static Builder builder(Class<?> appClass) {
        return new Builder(AppInfo.load(appClass), appClass);
    }

    public Manifest manifest() {
        return manifest;
    }

    /** The public path of a bundled file, e.g. for a template that links an icon. */
    public String assetUrl(String file) {
        return assets.url(file);
    }

    /** Mounts the contract's routes on a Javalin config. */
    public void mount(JavalinConfig config) {
        config.routes.before(ctx -> ctx.header(PodiumHeaders.PODLET_VERSION, manifest.version()));
        config.routes.get(
                "/manifest.json", ctx -> ctx.contentType("application/json").result(manifestJson));
        config.routes.get(manifest.content(), ctx -> {
            ctx.contentType(HTML);
            content.handle(ctx);
        });
        if (fallback != null) {
            config.routes.get(manifest.fallback(), ctx -> {
                ctx.contentType(HTML);
                fallback.handle(ctx);
            });
        }
        config.routes.get(assets.route(), assets::serve);
        if (PreviewPage.enabled()) {
            config.routes.get(PreviewPage.PATH, new PreviewPage(manifest)::serve);
        }
        config.routes.get("/health", ctx -> {
            Health h = health.get();
            var body = new LinkedHashMap<String, Object>();
            body.put("status", h.isUp() ? "UP" : "DOWN");
            body.put("name", manifest.name());
            body.put("version", manifest.version());
            body.put("details", h.details());
            ctx.status(h.isUp() ? 200 : 503).contentType("application/json").result(toJson(body));
        });
    }

    /**
     * A Javalin server with the contract's routes and the app's own, not yet started. Virtual
     * threads are used where the JDK has them (21+): handlers may block.
     */
    public Javalin server(Consumer<JavalinConfig> appRoutes) {
        return Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.concurrency.useVirtualThreads = true;
            mount(config);
            appRoutes.accept(config);
        });
    }

    /** Starts {@code server} on {@code HOST}:{@code PORT} from the environment and stops it on SIGTERM. */
    public void run(Javalin server, int defaultPort) {
        var listen = Listen.fromEnvironment(System.getenv(), defaultPort);
        server.start(listen.host(), listen.port());
        Runtime.getRuntime().addShutdownHook(new Thread(server::stop, manifest.name() + "-shutdown"));
        log.info(
                "event=started app={} version={} url=http://{}:{}/manifest.json",
                manifest.name(),
                manifest.version(),
                listen.host(),
                server.port());
    }

    private static String toJson(Object value) {
        try {
            return new ObjectMapper().writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write " + value.getClass().getSimpleName() + " as JSON", e);
        }
    }

    /** What an app declares; {@link #build()} checks it against the contract. */
    public static final class Builder {
        private final AppInfo info;
        private final Class<?> anchor;
        private final AssetBundle assets = new AssetBundle(AssetBundle.APP_PREFIX, "assets/");
        private final List<CssAsset> css = new ArrayList<>();
        private final List<JsAsset> js = new ArrayList<>();
        private final Map<String, String> proxy = new LinkedHashMap<>();
        private String contentPath;
        private Handler content;
        private String fallbackPath;
        private Handler fallback;
        private Supplier<Health> health = Health::up;

        private Builder(AppInfo info, Class<?> anchor) {
            this.info = info;
            this.anchor = anchor;
        }

        /** The fragment: {@code GET path} answers one root element of HTML. */
        public Builder content(String path, Handler handler) {
            this.contentPath = path;
            this.content = handler;
            return this;
        }

        /** What a shell shows when the app is down; it fetches and keeps it ahead of time. */
        public Builder fallback(String path, Handler handler) {
            this.fallbackPath = path;
            this.fallback = handler;
            return this;
        }

        /** A stylesheet from {@code src/main/resources/assets/}, served under a content hash. */
        public Builder css(String file) {
            assets.add(anchor, file);
            css.add(CssAsset.of(assets.url(file)));
            return this;
        }

        /**
         * An ES module from {@code src/main/resources/assets/}, served under a content hash. It is
         * loaded {@code async}: it may run before or after the fragment arrives, which is why a
         * fragment's root should be a custom element that the module defines.
         */
        public Builder js(String file) {
            assets.add(anchor, file);
            js.add(JsAsset.module(assets.url(file)));
            return this;
        }

        /** Another file from {@code src/main/resources/assets/} (an icon, a font), not in the manifest. */
        public Builder asset(String file) {
            assets.add(anchor, file);
            return this;
        }

        /** A route the browser may reach through the shell at {@code <public pathname>/name/...}. */
        public Builder proxy(String name, String target) {
            proxy.put(name, target);
            return this;
        }

        public Builder health(Supplier<Health> health) {
            this.health = health;
            return this;
        }

        /** The app, or an exception naming every way its declaration breaks the contract. */
        public MicroApp build() {
            if (content == null) {
                throw new IllegalStateException("an app must declare its content route");
            }
            var manifest = new Manifest(info.name(), info.version(), contentPath, fallbackPath, css, js, proxy)
                    .validated(AppInfo.RESOURCE + " and MicroApp.builder of " + info.name());
            return new MicroApp(this, manifest);
        }
    }
}
