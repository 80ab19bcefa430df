package dev.collage.bench.client;

import dev.collage.bench.Args;
import dev.collage.bench.Figures;
import dev.collage.bench.Stats;
import dev.collage.bench.fragments.FragmentHtml;
import dev.collage.bench.setup.BenchPage;
import dev.collage.bench.setup.PortPlan;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * {@code streaming --port-base B [--samples 15] [--warmup 5]}: the pages with one 300 ms fragment
 * first, in the middle and last, read from the shell and from nginx alternately (so both see
 * the same moments of a busy machine). For each: the first byte, the end of the head, when each
 * slot's content was complete in the stream, the end; medians.
 */
public final class StreamingScenario {

    static final List<BenchPage> PAGES = List.of(
            new BenchPage("/slow-first", List.of("slow", "f2", "f3")),
            new BenchPage("/slow-middle", List.of("f1", "slow", "f3")),
            new BenchPage("/slow-last", List.of("f1", "f2", "slow")));

    /**
     * A composition and what marks a slot as complete in its stream: for the shell, its slot
     * wrapper ({@code <div class="collage-slot">} or, late, {@code <div class="collage-late">})
     * closing right after the fragment; for nginx, the fragment's own end.
     */
    private record Target(String name, StreamingClient client, Function<String, String> slotComplete) {}

    /** The samples of one page from one target. */
    private static final class Samples {
        final List<Double> firstByte = new ArrayList<>();
        final List<Double> head = new ArrayList<>();
        final Map<String, List<Double>> slots = new LinkedHashMap<>();
        final List<Double> done = new ArrayList<>();
        int failed;
    }

    private StreamingScenario() {}

    public static void run(Args args) throws IOException {
        var ports = new PortPlan(args.integer("port-base"));
        int samples = args.integer("samples", 15);
        int warmup = args.integer("warmup", 5);
        var targets = List.of(
                new Target(
                        "shell",
                        new StreamingClient("127.0.0.1", ports.shell()),
                        app -> FragmentHtml.endMarker(app) + "</div>"),
                new Target("nginx", new StreamingClient("127.0.0.1", ports.nginx()), FragmentHtml::endMarker));

        for (BenchPage page : PAGES) {
            var results = new LinkedHashMap<String, Samples>();
            targets.forEach(t -> results.put(t.name(), new Samples()));
            for (int i = 0; i < warmup + samples; i++) {
                for (Target target : targets) {
                    List<String> markers =
                            page.apps().stream().map(target.slotComplete()).toList();
                    PageReading reading = target.client().get(page.path(), markers);
                    if (i >= warmup) {
                        record(results.get(target.name()), page, markers, reading);
                    }
                }
            }
            results.forEach((target, s) -> report(target + "." + page.fileName(), s));
        }
    }

    private static void record(Samples s, BenchPage page, List<String> markers, PageReading reading) {
        if (reading.status() != 200 || !reading.hasAll()) {
            s.failed++;
            return;
        }
        s.firstByte.add(reading.firstByteMs());
        s.head.add(reading.headMs());
        for (int slot = 0; slot < BenchPage.SLOTS.size(); slot++) {
            s.slots
                    .computeIfAbsent(BenchPage.SLOTS.get(slot), k -> new ArrayList<>())
                    .add(reading.markerMs().get(markers.get(slot)));
        }
        s.done.add(reading.doneMs());
    }

    private static void report(String prefix, Samples s) {
        Figures.print(prefix + ".samples", s.done.size());
        Figures.print(prefix + ".failed", s.failed);
        Figures.print(prefix + ".first_byte_ms", Stats.median(s.firstByte));
        Figures.print(prefix + ".head_ms", Stats.median(s.head));
        for (String slot : BenchPage.SLOTS) {
            Figures.print(prefix + ".slot_" + slot + "_ms", Stats.median(s.slots.getOrDefault(slot, List.of())));
        }
        Figures.print(prefix + ".done_ms", Stats.median(s.done));
    }
}
