package dev.collage.conformance;

import java.net.URI;

/**
 * An app started for the kit: where it listens and how to stop it.
 *
 * @param baseUri the app's root, e.g. {@code http://127.0.0.1:41234/}; its manifest is at
 *     {@code baseUri + "manifest.json"}
 */
public record RunningApp(URI baseUri, AutoCloseable stopper) implements AutoCloseable {

    public static RunningApp onLocalPort(int port, AutoCloseable stopper) {
        return new RunningApp(URI.create("http://127.0.0.1:" + port + "/"), stopper);
    }

    @Override
    public void close() throws Exception {
        stopper.close();
    }
}
