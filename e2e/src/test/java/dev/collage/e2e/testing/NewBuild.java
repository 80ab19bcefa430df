package dev.collage.e2e.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * A new release of an app, made from its built jar the way a build would make it: the same
 * code, with a new version in {@code collage-app.properties}. The app then serves that
 * version in its manifest and in {@code podlet-version}, and its assets keep their content
 * hashes.
 */
public final class NewBuild {

    private NewBuild() {}

    public static Path of(Path jar, String version, Path folder) {
        Path out = folder.resolve(jar.getFileName().toString().replace(".jar", "-" + version + ".jar"));
        try (var in = new ZipInputStream(Files.newInputStream(jar));
                var zip = new ZipOutputStream(Files.newOutputStream(out))) {
            for (ZipEntry entry; (entry = in.getNextEntry()) != null; ) {
                zip.putNextEntry(new ZipEntry(entry.getName()));
                byte[] bytes = in.readAllBytes();
                if (entry.getName().equals("collage-app.properties")) {
                    bytes = new String(bytes, StandardCharsets.UTF_8)
                            .replaceAll("(?m)^version=.*$", "version=" + version)
                            .getBytes(StandardCharsets.UTF_8);
                }
                zip.write(bytes);
                zip.closeEntry();
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot build " + out, e);
        }
    }
}
