package dev.collage.bench.setup;

import java.time.Duration;
import java.util.List;

/**
 * Everything the shell and nginx are set up with, in one place so the two always compose the
 * same fragments into the same pages: three fast apps, one slow, one that hangs, and the pages
 * made of them.
 */
public record Scenario(PortPlan ports, int fragmentBytes, Duration slowDelay, Duration hangTimeout) {

    public static final String PAGE = "/page";

    public List<BenchApp> apps() {
        var normal = Duration.ofSeconds(1);
        return List.of(
                new BenchApp("f1", ports.fragment(0), Duration.ZERO, false, normal, false),
                new BenchApp("f2", ports.fragment(1), Duration.ZERO, false, normal, false),
                new BenchApp("f3", ports.fragment(2), Duration.ZERO, false, normal, false),
                new BenchApp("slow", ports.fragment(3), slowDelay, false, normal, false),
                new BenchApp("hang", ports.fragment(4), Duration.ZERO, true, hangTimeout, true));
    }

    public List<BenchPage> pages() {
        return List.of(
                new BenchPage(PAGE, List.of("f1", "f2", "f3")),
                new BenchPage("/slow-first", List.of("slow", "f2", "f3")),
                new BenchPage("/slow-middle", List.of("f1", "slow", "f3")),
                new BenchPage("/slow-last", List.of("f1", "f2", "slow")),
                new BenchPage("/hang", List.of("f1", "hang", "f3")));
    }
}
