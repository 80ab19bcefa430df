package dev.collage.bench.client;

import dev.collage.bench.Args;
import dev.collage.bench.Figures;
import dev.collage.bench.Stats;
import dev.collage.bench.fragments.FragmentHtml;
import java.io.File;
import java.io.IOException;
import java.net.ConnectException;
import java.net.Socket;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code startup --java J --jar collage-shell.jar --config C --port P --log F [--runs 3]}: starts
 * the shell as a new process, asks it for {@code /page} every few milliseconds from the moment
 * the process is started, and notes the first 200 and the first complete page (all three
 * fragments there, which needs their manifests read); then stops it. Medians over the runs.
 */
public final class StartupScenario {

    private static final long POLL_MILLIS = 5;
    private static final long GIVE_UP_MILLIS = 60_000;

    private StartupScenario() {}

    /** One start, in milliseconds from starting the process. */
    private record Start(double firstPageMs, double completePageMs) {}

    public static void run(Args args) throws IOException, InterruptedException {
        int port = args.integer("port");
        int runs = args.integer("runs", 3);
        var command = List.of(args.text("java"), "-jar", args.text("jar"), args.text("config"));
        var log = new File(args.text("log"));
        var markers = List.of(FragmentHtml.endMarker("f1"), FragmentHtml.endMarker("f2"), FragmentHtml.endMarker("f3"));
        var client = new StreamingClient("127.0.0.1", port);

        var firstPage = new ArrayList<Double>();
        var completePage = new ArrayList<Double>();
        for (int run = 0; run < runs; run++) {
            awaitPortFree(port);
            var builder = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log));
            builder.environment().put("PORT", Integer.toString(port));
            builder.environment().put("HOST", "127.0.0.1");
            long started = System.nanoTime();
            try (var shell = ChildProcess.start(builder)) {
                Start start = poll(client, markers, started, shell.process());
                firstPage.add(start.firstPageMs());
                completePage.add(start.completePageMs());
            }
        }
        Figures.print("runs", runs);
        Figures.print("first_page_ms", Stats.median(firstPage));
        Figures.print("complete_page_ms", Stats.median(completePage));
        Figures.print("complete_page_all_ms", completePage.toString());
    }

    private static Start poll(StreamingClient client, List<String> markers, long started, Process shell)
            throws InterruptedException, IOException {
        double firstPage = -1;
        while (shell.isAlive()) {
            double now = (System.nanoTime() - started) / 1e6;
            if (now > GIVE_UP_MILLIS) {
                throw new IOException("the shell served no complete page within " + GIVE_UP_MILLIS + " ms");
            }
            try {
                PageReading reading = client.get("/page", markers);
                double at = (System.nanoTime() - started) / 1e6;
                if (reading.status() == 200) {
                    if (firstPage < 0) {
                        firstPage = at;
                    }
                    if (reading.hasAll()) {
                        return new Start(firstPage, at);
                    }
                }
            } catch (ConnectException notListeningYet) {
                // the JVM is still starting
            }
            Thread.sleep(POLL_MILLIS);
        }
        throw new IOException("the shell stopped with " + shell.exitValue() + " before serving a page");
    }

    /** The previous start's port may take a moment to be released. */
    private static void awaitPortFree(int port) throws InterruptedException {
        for (int i = 0; i < 200; i++) {
            try {
                new Socket("127.0.0.1", port).close();
            } catch (IOException free) {
                return;
            }
            Thread.sleep(50);
        }
    }
}
