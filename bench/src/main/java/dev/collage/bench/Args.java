package dev.collage.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A command's arguments: {@code --name value} options and the positional rest, read once. */
public final class Args {

    private final Map<String, String> options;
    private final List<String> positional;

    private Args(Map<String, String> options, List<String> positional) {
        this.options = options;
        this.positional = positional;
    }

    public static Args parse(List<String> raw) {
        var options = new LinkedHashMap<String, String>();
        var positional = new ArrayList<String>();
        for (int i = 0; i < raw.size(); i++) {
            String arg = raw.get(i);
            if (arg.startsWith("--")) {
                if (i + 1 >= raw.size()) {
                    throw new IllegalArgumentException(arg + " needs a value");
                }
                options.put(arg.substring(2), raw.get(++i));
            } else {
                positional.add(arg);
            }
        }
        return new Args(options, positional);
    }

    public String text(String name) {
        String value = options.get(name);
        if (value == null) {
            throw new IllegalArgumentException("--" + name + " is required");
        }
        return value;
    }

    public String text(String name, String orElse) {
        return options.getOrDefault(name, orElse);
    }

    public int integer(String name, int orElse) {
        return options.containsKey(name) ? Integer.parseInt(options.get(name)) : orElse;
    }

    public int integer(String name) {
        return Integer.parseInt(text(name));
    }

    /** A duration written as {@code 300ms} or {@code 2s}. */
    public Duration duration(String name, Duration orElse) {
        return options.containsKey(name) ? Durations.parse(options.get(name)) : orElse;
    }

    public List<String> positional() {
        return positional;
    }
}
