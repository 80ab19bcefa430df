package dev.collage.shell;

import dev.collage.shell.admin.AdminApi;
import dev.collage.shell.admin.ChangeLog;
import dev.collage.shell.admin.Dashboard;
import dev.collage.shell.admin.StateFile;
import dev.collage.shell.cache.FragmentCache;
import dev.collage.shell.compose.Layouts;
import dev.collage.shell.compose.PageComposer;
import dev.collage.shell.config.PageConfig;
import dev.collage.shell.config.ShellConfig;
import dev.collage.shell.fetch.AppClient;
import dev.collage.shell.fetch.JettyAppClient;
import dev.collage.shell.observe.AppGauges;
import dev.collage.shell.observe.SlotEvent;
import dev.collage.shell.observe.SlotListener;
import dev.collage.shell.observe.SlotLog;
import dev.collage.shell.observe.SlotMetrics;
import dev.collage.shell.proxy.AppProxy;
import dev.collage.shell.registry.AppRegistry;
import dev.collage.shell.registry.ManifestRefresher;
import dev.collage.shell.web.ErrorPages;
import dev.collage.shell.web.ShellAssets;
import dev.collage.shell.web.ShellHealth;
import dev.collage.shell.web.Templates;
import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import io.javalin.http.HandlerType;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.time.Clock;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The shell, built from its config: the parts, wired once, and the routes that reach them. */
public final class Shell implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(Shell.class);
    private static final List<HandlerType> PROXIED = List.of(
            HandlerType.GET,
            HandlerType.HEAD,
            HandlerType.POST,
            HandlerType.PUT,
            HandlerType.PATCH,
            HandlerType.DELETE);

    private final ShellConfig config;
    private final AppRegistry registry;
    private final AppClient client = new JettyAppClient();
    private final ManifestRefresher refresher;
    private final PrometheusMeterRegistry metrics = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    private final Javalin server;

    private Shell(ShellConfig config, ShellOptions options) {
        this.config = config;
        Clock clock = options.clock();
        var templates = new Templates();
        var layouts = new Layouts(templates);
        layouts.check(config.pages());
        this.registry = new AppRegistry(config.apps().values(), clock);
        var changes = new ChangeLog();
        var state = options.stateFile().map(StateFile::new);
        state.ifPresent(file -> file.restore(registry, AdminApi::defaults));
        registry.onChange(changes::record);
        state.ifPresent(file -> registry.onChange(change -> file.save(registry)));
        this.refresher = new ManifestRefresher(registry, client, clock, options.schedule());
        AppGauges.bind(registry, metrics);
        var events = SlotListener.all(List.of(new SlotLog(), new SlotMetrics(metrics), this::versionSeen));
        var assets = new ShellAssets(config.site());
        var errors = new ErrorPages(templates, assets);
        var cache = new FragmentCache(config.composition().cacheBytes(), clock);
        var composer = new PageComposer(
                config.site(), config.composition(), client, registry, events, cache, clock, layouts, assets, errors);
        var proxy = new AppProxy(registry, client, config.site().defaultLocale());
        var health = new ShellHealth(registry);
        var admin = options.adminToken().map(token -> new AdminApi(registry, token, changes, config.pages()));
        var dashboard = new Dashboard(templates, assets);
        this.server = Javalin.create(javalin -> {
            javalin.startup.showJavalinBanner = false;
            // a page waits for its slots; on virtual threads (JDK 21+) a slow app cannot use up
            // the threads. A platform pool costs less CPU per page when the apps are fast.
            javalin.concurrency.useVirtualThreads = config.server().virtualThreads();
            routes(javalin, composer, proxy, assets, health, errors);
            admin.ifPresent(api -> {
                api.routes(javalin);
                javalin.routes.get("/admin", dashboard::handle);
            });
        });
    }

    /**
     * Builds the shell; {@link #start} listens and starts reading the apps' manifests.
     *
     * @throws dev.collage.shell.config.ConfigException for a layout that does not fit the config
     * @throws IllegalStateException for a saved release state that cannot be read
     */
    public static Shell create(ShellConfig config, ShellOptions options) {
        return new Shell(config, options);
    }

    private void routes(
            JavalinConfig javalin,
            PageComposer composer,
            AppProxy proxy,
            ShellAssets assets,
            ShellHealth health,
            ErrorPages errors) {
        javalin.routes.get("/health", health::handle);
        javalin.routes.get("/metrics", ctx -> ctx.contentType("text/plain; version=0.0.4; charset=utf-8")
                .result(metrics.scrape()));
        javalin.routes.get(assets.bundle().route(), assets.bundle()::serve);
        for (HandlerType method : PROXIED) {
            javalin.routes.addHttpHandler(method, "/apps/{app}/<path>", proxy::handle);
        }
        for (PageConfig page : config.pages()) {
            javalin.routes.get(page.path(), ctx -> composer.compose(page, ctx));
        }
        javalin.routes.error(404, errors::notFoundUnlessAnswered);
        javalin.routes.exception(Exception.class, (e, ctx) -> {
            log.error("event=request_failed method={} path={}", ctx.method(), ctx.path(), e);
            errors.failed(ctx);
        });
    }

    /** A fragment's {@code podlet-version} may name a release the shell has not read yet. */
    private void versionSeen(SlotEvent event) {
        registry.find(event.app())
                .flatMap(app -> app.upstream(event.upstream()))
                .ifPresent(upstream -> refresher.versionSeen(upstream, event.version()));
    }

    public Shell start(String host, int port) {
        server.start(host, port);
        refresher.start();
        log.info(
                "event=started url=http://{}:{}/ config=\"{}\" apps={} pages={}",
                host,
                server.port(),
                config.source(),
                config.apps().size(),
                config.pages().size());
        return this;
    }

    public int port() {
        return server.port();
    }

    public AppRegistry registry() {
        return registry;
    }

    @Override
    public void close() {
        refresher.close();
        server.stop();
        client.close();
    }
}
