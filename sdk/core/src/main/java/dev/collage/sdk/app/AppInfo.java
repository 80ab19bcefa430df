package dev.collage.sdk.app;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * An app's name and version as its build wrote them into {@value #RESOURCE}. Reading the
 * version from the build, not from code, is what makes a new build a new release: the
 * manifest, {@code podlet-version} and the jar can never disagree.
 */
public record AppInfo(String name, String version) {

    public static final String RESOURCE = "collage-app.properties";

    /** Reads {@value #RESOURCE} from the class path of {@code anchor}. */
    public static AppInfo load(Class<?> anchor) {
        try (InputStream in = anchor.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is not on the class path: add it to src/main/resources"
                        + " with name=<app name> and version=${project.version}, and turn on resource filtering");
            }
            var props = new Properties();
            props.load(in);
            String name = props.getProperty("name", "").strip();
            String version = props.getProperty("version", "").strip();
            if (name.isEmpty() || version.isEmpty() || version.contains("${")) {
                throw new IllegalStateException(RESOURCE + " must set name and version (was name='" + name
                        + "', version='" + version + "'); is resource filtering on?");
            }
            return new AppInfo(name, version);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }
}
