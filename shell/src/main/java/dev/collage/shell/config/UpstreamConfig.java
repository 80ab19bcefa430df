package dev.collage.shell.config;

import java.net.URI;
import java.util.regex.Pattern;

/**
 * One running release of an app: where its manifest is, and its share of the visitors. An app
 * has one upstream normally, and two while a release is rolled out (the old one and the canary).
 *
 * @param weight the share of visitors, out of the app's total (100)
 */
public record UpstreamConfig(String id, URI manifest, int weight) {

    public static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,31}");
}
