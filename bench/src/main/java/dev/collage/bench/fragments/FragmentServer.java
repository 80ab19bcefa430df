package dev.collage.bench.fragments;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.StandardSocketOptions;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.util.ArrayDeque;
import java.util.Comparator;
import java.util.Optional;
import java.util.PriorityQueue;

/**
 * One fragment app on one port: a single thread with a selector, answering from bytes built
 * once. A thread-per-request server would spend more CPU than the composition it feeds on a
 * small machine; this one stays out of the way of what is measured. A delayed answer waits in
 * a timer queue the same thread drains; a hanging app reads its request and never answers.
 */
final class FragmentServer implements Runnable {

    private static final int MAX_HEAD_BYTES = 64 * 1024;

    /** An answer due later, on a connection that may be gone by then. */
    private record DelayedReply(long dueNanos, Connection connection, byte[] bytes, boolean keepAlive) {}

    /** One client connection and what it still has to send. */
    private static final class Connection {
        final SocketChannel channel;
        final SelectionKey key;
        ByteBuffer in = ByteBuffer.allocate(4096);
        final ArrayDeque<ByteBuffer> out = new ArrayDeque<>();
        boolean closeWhenWritten;
        /** Answer pending (delayed or never): further requests wait, in order, in {@code in}. */
        boolean waiting;

        Connection(SocketChannel channel, SelectionKey key) {
            this.channel = channel;
            this.key = key;
        }
    }

    private final FragmentApp app;
    private final Responses responses;
    private final Selector selector;
    private final ServerSocketChannel server;
    private final PriorityQueue<DelayedReply> delayed =
            new PriorityQueue<>(Comparator.comparingLong(DelayedReply::dueNanos));

    private FragmentServer(FragmentApp app, Selector selector, ServerSocketChannel server) {
        this.app = app;
        this.responses = new Responses(app);
        this.selector = selector;
        this.server = server;
    }

    static FragmentServer listen(FragmentApp app, String host) throws IOException {
        var selector = Selector.open();
        var server = ServerSocketChannel.open();
        server.setOption(StandardSocketOptions.SO_REUSEADDR, true);
        server.bind(new InetSocketAddress(host, app.port()), 4096);
        server.configureBlocking(false);
        server.register(selector, SelectionKey.OP_ACCEPT);
        return new FragmentServer(app, selector, server);
    }

    /** The port it listens on (the app's, or the one the system chose for port 0). */
    int port() {
        return server.socket().getLocalPort();
    }

    @Override
    public void run() {
        try {
            while (!Thread.currentThread().isInterrupted()) {
                long waitMillis = millisUntilNextReply();
                if (waitMillis == 0) {
                    selector.selectNow();
                } else {
                    selector.select(waitMillis < 0 ? 0 : waitMillis);
                }
                var keys = selector.selectedKeys().iterator();
                while (keys.hasNext()) {
                    SelectionKey key = keys.next();
                    keys.remove();
                    handle(key);
                }
                sendDueReplies();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(app.name() + " stopped", e);
        }
    }

    private void handle(SelectionKey key) {
        try {
            if (!key.isValid()) {
                return;
            }
            if (key.isAcceptable()) {
                accept();
                return;
            }
            var connection = (Connection) key.attachment();
            if (key.isWritable()) {
                flush(connection);
            }
            if (key.isValid() && key.isReadable()) {
                read(connection);
            }
        } catch (IOException gone) {
            close(key);
        }
    }

    private void accept() throws IOException {
        SocketChannel channel;
        while ((channel = server.accept()) != null) {
            channel.configureBlocking(false);
            channel.setOption(StandardSocketOptions.TCP_NODELAY, true);
            SelectionKey key = channel.register(selector, SelectionKey.OP_READ);
            key.attach(new Connection(channel, key));
        }
    }

    private void read(Connection c) throws IOException {
        if (!c.in.hasRemaining()) {
            if (c.in.capacity() >= MAX_HEAD_BYTES) {
                close(c.key);
                return;
            }
            c.in = ByteBuffer.allocate(c.in.capacity() * 2).put(c.in.flip());
        }
        if (c.channel.read(c.in) < 0) {
            close(c.key);
            return;
        }
        answerBuffered(c);
    }

    /** Answers every complete request in the buffer, stopping at one whose answer is pending. */
    private void answerBuffered(Connection c) throws IOException {
        c.in.flip();
        try {
            while (!c.waiting && c.key.isValid()) {
                Optional<RequestHead> head = RequestHead.take(c.in);
                if (head.isEmpty()) {
                    break;
                }
                answer(c, head.get());
            }
        } finally {
            c.in.compact();
        }
    }

    private void answer(Connection c, RequestHead head) throws IOException {
        byte[] bytes = responses.forPath(head.path());
        if (bytes != responses.content) {
            send(c, bytes, head.keepAlive());
        } else if (app.hangs()) {
            c.waiting = true;
        } else if (app.delay().isZero()) {
            send(c, bytes, head.keepAlive());
        } else {
            c.waiting = true;
            delayed.add(new DelayedReply(System.nanoTime() + app.delay().toNanos(), c, bytes, head.keepAlive()));
        }
    }

    private void send(Connection c, byte[] bytes, boolean keepAlive) throws IOException {
        c.closeWhenWritten = !keepAlive;
        c.out.add(ByteBuffer.wrap(bytes));
        flush(c);
    }

    private void flush(Connection c) throws IOException {
        while (!c.out.isEmpty()) {
            ByteBuffer head = c.out.peek();
            c.channel.write(head);
            if (head.hasRemaining()) {
                c.key.interestOps(SelectionKey.OP_READ | SelectionKey.OP_WRITE);
                return;
            }
            c.out.poll();
        }
        if (c.closeWhenWritten) {
            close(c.key);
            return;
        }
        c.key.interestOps(SelectionKey.OP_READ);
    }

    private long millisUntilNextReply() {
        DelayedReply next = delayed.peek();
        if (next == null) {
            return -1;
        }
        long nanos = next.dueNanos() - System.nanoTime();
        return nanos <= 0 ? 0 : Math.max(1, nanos / 1_000_000);
    }

    private void sendDueReplies() {
        long now = System.nanoTime();
        while (!delayed.isEmpty() && delayed.peek().dueNanos() <= now) {
            DelayedReply reply = delayed.poll();
            Connection c = reply.connection();
            if (!c.key.isValid()) {
                continue;
            }
            try {
                c.waiting = false;
                send(c, reply.bytes(), reply.keepAlive());
                if (c.key.isValid()) {
                    answerBuffered(c);
                }
            } catch (IOException gone) {
                close(c.key);
            }
        }
    }

    private static void close(SelectionKey key) {
        key.cancel();
        try {
            key.channel().close();
        } catch (IOException ignored) {
            // already gone; nothing to release
        }
    }
}
