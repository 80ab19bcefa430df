package dev.collage.bench.client;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads one page over a plain socket and notes when each part of it arrived: the first byte,
 * the end of the head, each marker, the end. A socket rather than an HTTP client library, because
 * those hand over a body only once it is whole, or in chunks of their own choosing.
 */
public final class StreamingClient {

    private static final int READ_TIMEOUT_MS = 30_000;

    private final String host;
    private final int port;

    public StreamingClient(String host, int port) {
        this.host = host;
        this.port = port;
    }

    public PageReading get(String path, List<String> markers) throws IOException {
        long started = System.nanoTime();
        try (var socket = new Socket()) {
            socket.setTcpNoDelay(true);
            socket.setSoTimeout(READ_TIMEOUT_MS);
            socket.connect(new InetSocketAddress(host, port), READ_TIMEOUT_MS);
            OutputStream out = socket.getOutputStream();
            out.write(("GET " + path + " HTTP/1.1\r\nHost: " + host + ":" + port
                            + "\r\nAccept: text/html\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            return read(socket.getInputStream(), markers, started);
        }
    }

    private static PageReading read(InputStream in, List<String> markers, long started) throws IOException {
        var decoder = new ResponseDecoder();
        var found = new LinkedHashMap<String, Double>();
        markers.forEach(m -> found.put(m, -1.0));
        double firstByte = -1;
        double head = -1;
        byte[] buffer = new byte[16 * 1024];
        int n;
        while (!decoder.done() && (n = in.read(buffer)) > 0) {
            double at = (System.nanoTime() - started) / 1e6;
            if (firstByte < 0) {
                firstByte = at;
            }
            decoder.feed(buffer, n);
            CharSequence body = decoder.body();
            if (head < 0 && indexOf(body, "</head>") >= 0) {
                head = at;
            }
            markFound(found, body, at);
        }
        double done = (System.nanoTime() - started) / 1e6;
        return new PageReading(
                decoder.status(), firstByte, head, found, done, decoder.body().toString());
    }

    private static void markFound(Map<String, Double> found, CharSequence body, double at) {
        for (var entry : found.entrySet()) {
            if (entry.getValue() < 0 && indexOf(body, entry.getKey()) >= 0) {
                entry.setValue(at);
            }
        }
    }

    private static int indexOf(CharSequence body, String marker) {
        // pages are a few KB; searching the whole body on every read keeps this obviously right
        return body.toString().indexOf(marker);
    }
}
