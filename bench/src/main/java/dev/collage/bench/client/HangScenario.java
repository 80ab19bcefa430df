package dev.collage.bench.client;

import dev.collage.bench.Args;
import dev.collage.bench.Figures;
import dev.collage.bench.Stats;
import dev.collage.bench.fragments.FragmentHtml;
import dev.collage.bench.setup.PortPlan;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code hang --port-base B [--samples 15]}: the page whose middle app never answers, read one
 * at a time. The shell waits for the app's timeout until its circuit opens (after a few
 * failures), then shows the fallback at once; so it is timed before and after, next to the
 * same page with every app healthy. nginx, which has no circuit, is timed on the same page.
 * Must run before anything else asks the shell for {@code /hang}, or the circuit is open already.
 */
public final class HangScenario {

    private static final String HANG_PAGE = "/hang";
    private static final Pattern LATE_OUTCOME = Pattern.compile("id=\"collage-late-b\"[^>]*data-outcome=\"([a-z-]+)\"");
    private static final Pattern SLOT_OUTCOME = Pattern.compile("id=\"collage-slot-b\"[^>]*data-outcome=\"([a-z-]+)\"");

    private HangScenario() {}

    public static void run(Args args) throws IOException {
        var ports = new PortPlan(args.integer("port-base"));
        int samples = args.integer("samples", 15);
        var shell = new StreamingClient("127.0.0.1", ports.shell());
        var nginx = new StreamingClient("127.0.0.1", ports.nginx());
        List<String> healthyMarkers =
                List.of(FragmentHtml.endMarker("f1"), FragmentHtml.endMarker("f2"), FragmentHtml.endMarker("f3"));

        // the hanging page first, while the circuit is still closed
        var byOutcome = new LinkedHashMap<String, List<Double>>();
        var sequence = new StringBuilder();
        for (int i = 0;
                i < samples + 20
                        && byOutcome.getOrDefault("circuit-open", List.of()).size() < samples;
                i++) {
            PageReading reading = shell.get(HANG_PAGE, List.of());
            String outcome = reading.status() == 200 ? outcomeOfSlotB(reading.body()) : "status-" + reading.status();
            byOutcome.computeIfAbsent(outcome, k -> new ArrayList<>()).add(reading.doneMs());
            sequence.append(sequence.isEmpty() ? "" : ",").append(outcome);
        }
        List<Double> healthy = timesOf(shell, "/page", healthyMarkers, samples);

        List<Double> beforeOpen = byOutcome.getOrDefault("timeout", List.of());
        List<Double> open = byOutcome.getOrDefault("circuit-open", List.of());
        Figures.print("shell.before_open_samples", beforeOpen.size());
        Figures.print("shell.before_open_ms", Stats.median(beforeOpen));
        Figures.print("shell.open_samples", open.size());
        Figures.print("shell.open_ms", Stats.median(open));
        Figures.print("shell.healthy_ms", Stats.median(healthy));
        Figures.print("shell.outcomes", compress(sequence.toString()));

        int nginxSamples = Math.max(3, samples / 3);
        Figures.print("nginx.hang_samples", nginxSamples);
        Figures.print("nginx.hang_ms", Stats.median(timesOf(nginx, HANG_PAGE, List.of(), nginxSamples)));
        Figures.print("nginx.healthy_ms", Stats.median(timesOf(nginx, "/page", healthyMarkers, samples)));
    }

    /** Whole-page times of {@code samples} pages, after as many not counted. */
    private static List<Double> timesOf(StreamingClient client, String path, List<String> markers, int samples)
            throws IOException {
        var times = new ArrayList<Double>();
        for (int i = 0; i < 2 * samples; i++) {
            PageReading reading = client.get(path, markers);
            if (i >= samples && reading.status() == 200 && reading.hasAll()) {
                times.add(reading.doneMs());
            }
        }
        return times;
    }

    /** The outcome the shell wrote on slot b: on its late copy when it came late. */
    static String outcomeOfSlotB(String body) {
        Matcher late = LATE_OUTCOME.matcher(body);
        if (late.find()) {
            return late.group(1);
        }
        Matcher inOrder = SLOT_OUTCOME.matcher(body);
        return inOrder.find() ? inOrder.group(1) : "none";
    }

    /** {@code timeout,timeout,circuit-open,circuit-open} → {@code timeout×2 circuit-open×2}. */
    static String compress(String sequence) {
        var runs = new ArrayList<String>();
        String last = null;
        int count = 0;
        for (String outcome : sequence.split(",")) {
            if (outcome.equals(last)) {
                count++;
                continue;
            }
            if (last != null) {
                runs.add(last + "×" + count);
            }
            last = outcome;
            count = 1;
        }
        if (last != null) {
            runs.add(last + "×" + count);
        }
        return String.join(" ", runs);
    }
}
