package dev.collage.sdk.app;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Static files served under content-hashed names ({@code weather.3fa2c1d9e0.css}). A new build
 * with a changed file gets a new name, so the files can be cached for a year and a page never
 * mixes one release's HTML with another's CSS or JS. An app's bundle is served at
 * {@code /assets/}; the shell serves its own with the same class.
 */
public final class AssetBundle {

    /** Where an app's bundle is served, and the folder on its class path it is read from. */
    public static final String APP_PREFIX = "/assets/";

    private static final String IMMUTABLE = "public, max-age=31536000, immutable";
    private static final Map<String, String> TYPES = Map.of(
            "css", "text/css; charset=utf-8",
            "js", "text/javascript; charset=utf-8",
            "mjs", "text/javascript; charset=utf-8",
            "svg", "image/svg+xml",
            "json", "application/json",
            "png", "image/png",
            "woff2", "font/woff2");

    private final String urlPrefix;
    private final String resourceFolder;
    private final Map<String, Asset> byHashedName = new LinkedHashMap<>();
    private final Map<String, String> urlByFile = new LinkedHashMap<>();

    /**
     * @param urlPrefix the path the files are served under, starting and ending with a slash
     * @param resourceFolder the class path folder they are read from, ending with a slash
     */
    public AssetBundle(String urlPrefix, String resourceFolder) {
        this.urlPrefix = urlPrefix;
        this.resourceFolder = resourceFolder;
    }

    /** The route pattern to mount {@link #serve} on. */
    public String route() {
        return urlPrefix + "{file}";
    }

    private record Asset(byte[] bytes, String contentType, String etag) {}

    /** Adds {@code file}, read from the resource folder on the class path of {@code anchor}. */
    public AssetBundle add(Class<?> anchor, String file) {
        byte[] bytes = read(anchor, resourceFolder + file);
        String hash = HexFormat.of().formatHex(sha256(bytes)).substring(0, 10);
        int dot = file.lastIndexOf('.');
        String extension = dot < 0 ? "" : file.substring(dot + 1);
        String hashed = dot < 0 ? file + "." + hash : file.substring(0, dot) + "." + hash + "." + extension;
        byHashedName.put(
                hashed, new Asset(bytes, TYPES.getOrDefault(extension, "application/octet-stream"), '"' + hash + '"'));
        urlByFile.put(file, urlPrefix + hashed);
        return this;
    }

    /** The path {@code file} is served at, e.g. {@code /assets/weather.3fa2c1d9e0.css}. */
    public String url(String file) {
        String url = urlByFile.get(file);
        if (url == null) {
            throw new IllegalArgumentException("no asset named " + file + "; known: " + urlByFile.keySet());
        }
        return url;
    }

    /** Answers a request routed by {@link #route()}: the file, 304 when unchanged, or 404. */
    public void serve(Context ctx) {
        Asset asset = byHashedName.get(ctx.pathParam("file"));
        if (asset == null) {
            ctx.status(404).contentType("text/plain; charset=utf-8").result("no such asset");
            return;
        }
        ctx.header("Cache-Control", IMMUTABLE).header("ETag", asset.etag());
        if (asset.etag().equals(ctx.header("If-None-Match"))) {
            ctx.status(304);
            return;
        }
        ctx.contentType(asset.contentType()).result(asset.bytes());
    }

    private static byte[] read(Class<?> anchor, String resource) {
        try (InputStream in = anchor.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException(resource + " is not on the class path");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }

    private static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
