package dev.collage.shell.config;

import java.time.Duration;
import java.util.List;

/**
 * One app the shell composes.
 *
 * @param upstreams its running releases and their shares of the visitors
 * @param timeout the total deadline of one fragment request: connect, headers and body
 * @param proxyTimeout the total deadline of one request the browser makes through the proxy
 * @param maxFragmentBytes a fragment larger than this is cut off and replaced by the fallback
 * @param maxInFlight fragment requests to one upstream at once; beyond it a slot falls back at
 *     once rather than queue behind an app that is already struggling
 * @param circuit when to stop calling an upstream for a while
 * @param rollback when a canary upstream is taken out of the release by itself
 */
public record AppConfig(
        String name,
        List<UpstreamConfig> upstreams,
        Duration timeout,
        Duration proxyTimeout,
        int maxFragmentBytes,
        int maxInFlight,
        CircuitConfig circuit,
        RollbackConfig rollback) {

    public AppConfig {
        upstreams = List.copyOf(upstreams);
    }

    /** The same app with other upstreams, as an operator's release changes them. */
    public AppConfig withUpstreams(List<UpstreamConfig> upstreams) {
        return new AppConfig(name, upstreams, timeout, proxyTimeout, maxFragmentBytes, maxInFlight, circuit, rollback);
    }
}
