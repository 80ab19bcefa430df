package dev.collage.shell.config;

import java.util.regex.Pattern;

/**
 * Where a fragment parameter's value comes from. In the config a value is a literal, or a
 * whole reference: {@code {path.id}}, {@code {query.city}}, {@code {cookie.weather-city}}.
 * Only a named cookie's value ever reaches an app, never the cookie header.
 */
public sealed interface ParamSource {

    Pattern REFERENCE = Pattern.compile("\\{(path|query|cookie)\\.([A-Za-z0-9_-]{1,64})}");

    record Literal(String value) implements ParamSource {}

    record PathValue(String name) implements ParamSource {}

    record QueryValue(String name) implements ParamSource {}

    record CookieValue(String name) implements ParamSource {}
}
