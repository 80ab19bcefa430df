package dev.collage.shell.compose;

import dev.collage.shell.config.PageConfig;
import dev.collage.shell.config.ParamSource;
import dev.collage.shell.config.SlotConfig;
import dev.collage.shell.registry.AppRegistry;
import dev.collage.shell.registry.RegisteredApp;
import dev.collage.shell.registry.Upstream;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Turns a page's slots into plans for one request: each slot's app, the release of it this
 * visitor sees (the same for every slot of that app on the page), and each parameter resolved
 * from the path, the query or a named cookie. A value that is absent, or longer than any sane
 * value, leaves the parameter out; the app decides what that means.
 */
final class SlotPlanner {

    private static final int MAX_VALUE_LENGTH = 256;

    private final AppRegistry registry;

    SlotPlanner(AppRegistry registry) {
        this.registry = registry;
    }

    List<SlotPlan> plan(PageConfig page, Context ctx, String visitorId) {
        var plans = new ArrayList<SlotPlan>(page.slots().size());
        Map<String, Optional<Upstream>> chosen = new HashMap<>();
        for (SlotConfig slot : page.slots()) {
            RegisteredApp app = registry.get(slot.app());
            var upstream = chosen.computeIfAbsent(app.name(), name -> app.choose(visitorId));
            var params = new LinkedHashMap<String, String>();
            slot.params().forEach((name, source) -> valueOf(source, ctx).ifPresent(value -> params.put(name, value)));
            plans.add(new SlotPlan(slot, app, upstream, Map.copyOf(params)));
        }
        return plans;
    }

    private static Optional<String> valueOf(ParamSource source, Context ctx) {
        String value = null;
        if (source instanceof ParamSource.Literal literal) {
            value = literal.value();
        } else if (source instanceof ParamSource.PathValue path) {
            value = ctx.pathParam(path.name());
        } else if (source instanceof ParamSource.QueryValue query) {
            value = ctx.queryParam(query.name());
        } else if (source instanceof ParamSource.CookieValue cookie) {
            value = ctx.cookie(cookie.name());
        }
        return Optional.ofNullable(value).filter(v -> !v.isEmpty() && v.length() <= MAX_VALUE_LENGTH);
    }
}
