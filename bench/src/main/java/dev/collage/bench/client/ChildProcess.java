package dev.collage.bench.client;

import java.io.IOException;
import java.util.concurrent.TimeUnit;

/**
 * A process this JVM started and must not leave behind: closed, it is stopped (TERM, then KILL
 * after a grace period), and if this JVM is stopped first, a shutdown hook stops it too.
 */
final class ChildProcess implements AutoCloseable {

    private final Process process;
    private final Thread hook;

    private ChildProcess(Process process) {
        this.process = process;
        this.hook = new Thread(this::stop, "stop-child-" + process.pid());
        Runtime.getRuntime().addShutdownHook(hook);
    }

    static ChildProcess start(ProcessBuilder builder) throws IOException {
        return new ChildProcess(builder.start());
    }

    Process process() {
        return process;
    }

    @Override
    public void close() {
        stop();
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException stopping) {
            // the JVM is already stopping; the hook stops the process
        }
    }

    private void stop() {
        if (!process.isAlive()) {
            return;
        }
        process.destroy();
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }
}
