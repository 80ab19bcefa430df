package dev.collage.shell.config;

import java.net.URI;
import java.time.Duration;

/**
 * One app the shell composes.
 *
 * @param manifest where the app's {@code manifest.json} is
 * @param timeout the total deadline of one fragment request: connect, headers and body
 * @param proxyTimeout the total deadline of one request the browser makes through the proxy
 * @param maxFragmentBytes a fragment larger than this is cut off and replaced by the fallback
 * @param maxInFlight fragment requests to this app at once; beyond it a slot falls back at once
 *     rather than queue behind an app that is already struggling
 * @param circuit when to stop calling the app for a while
 */
public record AppConfig(
        String name,
        URI manifest,
        Duration timeout,
        Duration proxyTimeout,
        int maxFragmentBytes,
        int maxInFlight,
        CircuitConfig circuit) {}
