package dev.collage.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The shell and the apps are separate runtime units: no source file of one may import a
 * package of another. (The build also bans the dependencies that would make such an import
 * compile; this test reads the sources, so a copied class or a shared package shows up too.)
 */
class ModuleBoundariesTest {

    private static final Path ROOT =
            Path.of(System.getProperty("collage.root", "..")).toAbsolutePath().normalize();
    private static final Map<String, Path> UNITS = units();
    private static final Pattern PACKAGE = Pattern.compile("^package\\s+([\\w.]+)\\s*;", Pattern.MULTILINE);
    private static final Pattern IMPORT =
            Pattern.compile("^import\\s+(?:static\\s+)?([\\w.]+)\\.[\\w*]+\\s*;", Pattern.MULTILINE);

    @Test
    void everyRuntimeUnitIsThere() {
        assertThat(UNITS.values()).allSatisfy(dir -> assertThat(dir).isDirectory());
    }

    @Test
    void noUnitImportsAnotherUnitsPackages() {
        var violations = new ArrayList<String>();
        for (var unit : UNITS.entrySet()) {
            for (var other : UNITS.entrySet()) {
                if (unit.getKey().equals(other.getKey())) {
                    continue;
                }
                Set<String> foreign = packagesOf(other.getValue());
                for (Path source : sources(unit.getValue())) {
                    for (String imported : importsOf(source)) {
                        if (foreign.stream().anyMatch(p -> imported.equals(p) || imported.startsWith(p + "."))) {
                            violations.add(ROOT.relativize(source) + " imports " + imported + " of " + other.getKey());
                        }
                    }
                }
            }
        }
        assertThat(violations)
                .as("runtime units share code only through the SDK")
                .isEmpty();
    }

    @Test
    void noTwoUnitsShareAPackage() {
        var owners = new LinkedHashMap<String, String>();
        var shared = new ArrayList<String>();
        UNITS.forEach((unit, dir) -> packagesOf(dir).forEach(p -> {
            String owner = owners.putIfAbsent(p, unit);
            if (owner != null) {
                shared.add(p + " is in " + owner + " and " + unit);
            }
        }));
        assertThat(shared).isEmpty();
    }

    private static Map<String, Path> units() {
        var units = new LinkedHashMap<String, Path>();
        units.put("shell", ROOT.resolve("shell/src/main/java"));
        for (String app : List.of("weather", "reviews", "recommendations")) {
            units.put(app, ROOT.resolve("apps/" + app + "/src/main/java"));
        }
        return units;
    }

    private static Set<String> packagesOf(Path dir) {
        return sources(dir).stream()
                .map(ModuleBoundariesTest::read)
                .map(PACKAGE::matcher)
                .filter(Matcher::find)
                .map(m -> m.group(1))
                .collect(Collectors.toSet());
    }

    private static List<String> importsOf(Path source) {
        var imports = new ArrayList<String>();
        Matcher m = IMPORT.matcher(read(source));
        while (m.find()) {
            imports.add(m.group(1));
        }
        return imports;
    }

    private static List<Path> sources(Path dir) {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(f -> f.toString().endsWith(".java")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
