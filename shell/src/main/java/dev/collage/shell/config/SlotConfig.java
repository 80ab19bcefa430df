package dev.collage.shell.config;

import java.util.Map;

/**
 * A place in a layout filled by one app's fragment.
 *
 * @param primary whether this slot decides the page's status: its 404 is the page's 404, its
 *     failure is the page's error
 * @param params the fragment's query parameters and where each value comes from
 */
public record SlotConfig(String name, String app, boolean primary, Map<String, ParamSource> params, String where) {

    public SlotConfig {
        params = Map.copyOf(params);
    }
}
