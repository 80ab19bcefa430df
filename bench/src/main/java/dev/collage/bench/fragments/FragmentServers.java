package dev.collage.bench.fragments;

import dev.collage.bench.Args;
import java.io.IOException;
import java.util.ArrayList;

/**
 * {@code fragments [--host 127.0.0.1] [--bytes 2048] name:port[:300ms|:hang] …}: every fragment
 * app of the suite in one process, each on its own port and thread. Prints {@code ready} once all
 * of them listen, and runs until it is stopped.
 */
public final class FragmentServers {

    private FragmentServers() {}

    public static void run(Args args) throws IOException {
        String host = args.text("host", "127.0.0.1");
        int bytes = args.integer("bytes", 2048);
        var threads = new ArrayList<Thread>();
        for (String spec : args.positional()) {
            FragmentApp app = FragmentApp.parse(spec, bytes);
            var thread = new Thread(FragmentServer.listen(app, host), "fragments-" + app.name());
            threads.add(thread);
        }
        if (threads.isEmpty()) {
            throw new IllegalArgumentException("name at least one fragment app: name:port[:300ms|:hang]");
        }
        threads.forEach(Thread::start);
        System.out.println("ready");
        System.out.flush();
    }
}
