package dev.collage.shell.compose;

import dev.collage.sdk.manifest.CssAsset;
import dev.collage.sdk.manifest.JsAsset;
import dev.collage.sdk.manifest.ManifestUrls;
import dev.collage.shell.cache.FragmentCache;
import dev.collage.shell.config.CompositionConfig;
import dev.collage.shell.config.PageConfig;
import dev.collage.shell.config.SiteConfig;
import dev.collage.shell.context.VisitorContext;
import dev.collage.shell.fetch.AppClient;
import dev.collage.shell.fetch.SlotResult;
import dev.collage.shell.observe.SlotListener;
import dev.collage.shell.registry.AppRegistry;
import dev.collage.shell.registry.LoadedManifest;
import dev.collage.shell.registry.Upstream;
import dev.collage.shell.web.ErrorPages;
import dev.collage.shell.web.SecurityHeaders;
import dev.collage.shell.web.ShellAssets;
import gg.jte.Content;
import io.javalin.http.Context;
import java.io.IOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Serves a composed page, front to back: plan the slots, start every fragment at once, wait
 * for the primary slot only (it decides the status), then stream the layout. Each slot is
 * written where the layout places it if it is ready by the page's in-order moment, and
 * streamed out of order the moment it arrives if not, so no slot waits for another.
 */
public final class PageComposer {

    private static final Logger log = LoggerFactory.getLogger(PageComposer.class);

    private final SiteConfig site;
    private final CompositionConfig composition;
    private final SlotPlanner planner;
    private final SlotFetcher fetcher;
    private final Layouts layouts;
    private final ShellAssets assets;
    private final ErrorPages errors;

    public PageComposer(
            SiteConfig site,
            CompositionConfig composition,
            AppClient client,
            AppRegistry registry,
            SlotListener events,
            FragmentCache cache,
            Clock clock,
            Layouts layouts,
            ShellAssets assets,
            ErrorPages errors) {
        this.site = site;
        this.composition = composition;
        this.planner = new SlotPlanner(registry);
        this.fetcher = new SlotFetcher(client, events, cache, clock);
        this.layouts = layouts;
        this.assets = assets;
        this.errors = errors;
    }

    public void compose(PageConfig page, Context ctx) throws IOException {
        long started = System.nanoTime();
        var visitor = VisitorContext.of(ctx, site.defaultLocale());
        List<SlotPlan> plans = planner.plan(page, ctx, visitor.visitorId());
        var results = new LinkedHashMap<String, CompletableFuture<SlotResult>>();
        for (SlotPlan plan : plans) {
            results.put(plan.name(), fetcher.start(page.path(), plan, visitor, page.budget(), started));
        }

        String title = page.title();
        if (page.primary().isPresent()) {
            String primary = page.primary().get().name();
            SlotResult result = results.get(primary).join();
            ctx.header(
                    "Server-Timing",
                    "slot-" + primary + ";dur=" + result.took().toMillis() + ";desc=\""
                            + result.outcome().label() + "\"");
            if (result instanceof SlotResult.NotFound) {
                errors.notFound(ctx);
                return;
            }
            if (!(result instanceof SlotResult.Rendered rendered)) {
                errors.unavailable(ctx);
                return;
            }
            title = rendered.title().orElse(title);
        }

        String nonce = SecurityHeaders.apply(ctx);
        ctx.status(200).contentType("text/html; charset=utf-8").header("Cache-Control", "private, no-cache");
        if (visitor.newVisitor()) {
            ctx.header(
                    "Set-Cookie",
                    VisitorContext.VISITOR_COOKIE + "=" + visitor.visitorId()
                            + "; Path=/; Max-Age=31536000; HttpOnly; SameSite=Lax");
        }
        var stream = new PageStream(ctx.res().getOutputStream());
        var late = new LateSlots(stream, layouts, nonce);
        long inOrderUntil = started + composition.inOrderWait().toNanos();
        var slots = new LinkedHashMap<String, Content>();
        for (SlotPlan plan : plans) {
            slots.put(
                    plan.name(), new StreamedSlot(plan, results.get(plan.name()), stream, layouts, late, inOrderUntil));
        }
        var view = new PageView(
                assets.chrome(nonce),
                fullTitle(title),
                visitor.locale(),
                stylesheets(plans),
                scripts(plans),
                slots,
                late,
                name -> {});
        try {
            layouts.renderPage(page.layout(), view, stream);
            stream.flush();
        } catch (PageStream.ClientGoneException gone) {
            log.debug("event=client_gone page={} ms={}", page.path(), (System.nanoTime() - started) / 1_000_000);
        }
    }

    private String fullTitle(String title) {
        return title.isEmpty() ? site.name() : title + " · " + site.name();
    }

    /** Every distinct app's stylesheets, in slot order, as the browser reaches them through the shell. */
    private static List<PageView.Stylesheet> stylesheets(List<SlotPlan> plans) {
        var sheets = new LinkedHashSet<PageView.Stylesheet>();
        for (LoadedManifest loaded : distinctManifests(plans)) {
            for (CssAsset css : loaded.manifest().css()) {
                sheets.add(new PageView.Stylesheet(publicUrl(loaded, css.value()), css.media()));
            }
        }
        return new ArrayList<>(sheets);
    }

    private static List<PageView.Script> scripts(List<SlotPlan> plans) {
        var scripts = new LinkedHashSet<PageView.Script>();
        for (LoadedManifest loaded : distinctManifests(plans)) {
            for (JsAsset js : loaded.manifest().js()) {
                scripts.add(new PageView.Script(publicUrl(loaded, js.value()), js.isModule(), js.async(), js.defer()));
            }
        }
        return new ArrayList<>(scripts);
    }

    private static List<LoadedManifest> distinctManifests(List<SlotPlan> plans) {
        Map<String, LoadedManifest> byApp = new LinkedHashMap<>();
        for (SlotPlan plan : plans) {
            Optional<LoadedManifest> loaded = plan.upstream().flatMap(Upstream::loaded);
            loaded.ifPresent(l -> byApp.putIfAbsent(plan.app().name(), l));
        }
        return new ArrayList<>(byApp.values());
    }

    /**
     * An app's relative asset path as the browser reaches it, through the release that serves
     * this page: {@code /apps/<name>/@<version>/<path>}. With two releases live, each page's
     * HTML, CSS and JS come from one of them.
     */
    private static String publicUrl(LoadedManifest loaded, String value) {
        if (ManifestUrls.isAbsolute(value)) {
            return value;
        }
        return VisitorContext.publicPathname(loaded.manifest().name(), loaded.version()) + value.replaceFirst("^/", "");
    }
}
