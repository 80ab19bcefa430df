package dev.collage.bench.fragments;

import java.nio.charset.StandardCharsets;

/**
 * Every answer an app gives, as the exact bytes on the wire, built once: answering is then a
 * copy, so the fragment servers cost next to nothing next to what they feed.
 */
final class Responses {

    final byte[] manifest;
    final byte[] content;
    final byte[] fallback;
    final byte[] health;
    final byte[] notFound;

    Responses(FragmentApp app) {
        String manifestJson = "{\"name\":\"" + app.name() + "\",\"version\":\"" + FragmentApp.VERSION
                + "\",\"content\":\"" + FragmentApp.CONTENT + "\",\"fallback\":\"" + FragmentApp.FALLBACK + "\"}";
        this.manifest = response(200, "application/json", manifestJson);
        this.content = response(200, "text/html; charset=utf-8", FragmentHtml.fragment(app.name(), app.bytes()));
        this.fallback = response(200, "text/html; charset=utf-8", FragmentHtml.fallback(app.name()));
        this.health = response(200, "application/json", "{\"status\":\"UP\"}");
        this.notFound = response(404, "text/plain", "not found");
    }

    byte[] forPath(String path) {
        return switch (path) {
            case FragmentApp.CONTENT -> content;
            case "/manifest.json" -> manifest;
            case FragmentApp.FALLBACK -> fallback;
            case "/health" -> health;
            default -> notFound;
        };
    }

    private static byte[] response(int status, String type, String body) {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        // no-store: the shell calls the app for every page, as nginx does, so both compose the same work
        String head = "HTTP/1.1 " + status + (status == 200 ? " OK" : " Not Found") + "\r\n"
                + "Content-Type: " + type + "\r\n"
                + "Content-Length: " + bytes.length + "\r\n"
                + "podlet-version: " + FragmentApp.VERSION + "\r\n"
                + "Cache-Control: no-store\r\n"
                + "\r\n";
        byte[] headBytes = head.getBytes(StandardCharsets.US_ASCII);
        byte[] all = new byte[headBytes.length + bytes.length];
        System.arraycopy(headBytes, 0, all, 0, headBytes.length);
        System.arraycopy(bytes, 0, all, headBytes.length, bytes.length);
        return all;
    }
}
