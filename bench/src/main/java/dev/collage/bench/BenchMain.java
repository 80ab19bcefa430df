package dev.collage.bench;

import dev.collage.bench.client.HangScenario;
import dev.collage.bench.client.StartupScenario;
import dev.collage.bench.client.StreamingScenario;
import dev.collage.bench.fragments.FragmentServers;
import dev.collage.bench.report.ReportCommand;
import dev.collage.bench.setup.SetupFiles;
import java.util.Arrays;
import java.util.List;

/** The suite's Java commands, one per job; {@code bench/run} calls them. */
public final class BenchMain {

    private BenchMain() {}

    public static void main(String[] argv) throws Exception {
        if (argv.length == 0) {
            System.err.println("usage: collage-bench fragments|setup|streaming|hang|startup|report [options]");
            System.exit(2);
        }
        List<String> rest = Arrays.asList(argv).subList(1, argv.length);
        Args args = Args.parse(rest);
        switch (argv[0]) {
            case "fragments" -> FragmentServers.run(args);
            case "setup" -> SetupFiles.run(args);
            case "streaming" -> StreamingScenario.run(args);
            case "hang" -> HangScenario.run(args);
            case "startup" -> StartupScenario.run(args);
            case "report" -> ReportCommand.run(args);
            default -> {
                System.err.println("unknown command: " + argv[0]);
                System.exit(2);
            }
        }
    }
}
