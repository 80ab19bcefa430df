package dev.collage.shell.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import dev.collage.sdk.context.PodiumContext;
import dev.collage.shell.testing.FakeApp;
import java.io.IOException;
import java.io.OutputStream;
import java.net.ConnectException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

class FragmentFetchTest {

    private static final PodiumContext CONTEXT = PodiumContext.from(name -> null);
    private static final JettyAppClient http = new JettyAppClient();

    @AfterAll
    static void closeClient() {
        http.close();
    }

    @Test
    void aRequestThatCouldNotConnectIsSentOnceMoreWithinTheDeadline() {
        try (var app = FakeApp.start("weather")) {
            var client = new FirstConnectFails(http);

            var answer = FragmentFetch.send(client, content(app), CONTEXT, Duration.ofSeconds(2), 1 << 20)
                    .join();

            assertThat(answer).isInstanceOf(FragmentAnswer.Answered.class);
            assertThat(client.attempts.get()).isEqualTo(2);
        }
    }

    @Test
    void aRequestThatReachedTheAppIsNeverSentTwice() {
        try (var app = FakeApp.start("weather").content(FakeApp.status(500))) {
            var answer = FragmentFetch.send(http, content(app), CONTEXT, Duration.ofSeconds(2), 1 << 20)
                    .join();

            assertThat(answer).isEqualTo(new FragmentAnswer.Failed(Outcome.ERROR, "answered 500", false, "1.0.0"));
            assertThat(app.received("/content")).hasSize(1);
        }
    }

    @Test
    void anAppThatDiesMidStreamIsAnError() {
        try (var app = FakeApp.start("weather").content(FakeApp.dieMidStream())) {
            var answer = FragmentFetch.send(http, content(app), CONTEXT, Duration.ofSeconds(2), 1 << 20)
                    .join();

            assertThat(answer).isInstanceOf(FragmentAnswer.Failed.class);
            assertThat(((FragmentAnswer.Failed) answer).outcome()).isEqualTo(Outcome.ERROR);
        }
    }

    @Test
    void anAnswerThatIsNotHttpIsAnError() throws Exception {
        try (var garbage = new ServerSocket(0)) {
            var server = CompletableFuture.runAsync(() -> {
                try (var socket = garbage.accept();
                        OutputStream out = socket.getOutputStream()) {
                    socket.getInputStream().read(new byte[1024]);
                    out.write("SMTP ready\r\n\r\n<p>not http</p>".getBytes(StandardCharsets.US_ASCII));
                } catch (IOException ignored) {
                    // the client hung up
                }
            });
            var uri = URI.create("http://127.0.0.1:" + garbage.getLocalPort() + "/content");

            var answer = FragmentFetch.send(http, uri, CONTEXT, Duration.ofSeconds(2), 1 << 20)
                    .join();

            assertThat(answer).isInstanceOf(FragmentAnswer.Failed.class);
            server.join();
        }
    }

    @Test
    void aBodyOverTheLimitIsCutOffWithoutReadingItAll() {
        try (var app = FakeApp.start("weather").content(FakeApp.huge(50 << 20))) {
            var answer = FragmentFetch.send(http, content(app), CONTEXT, Duration.ofSeconds(5), 64 * 1024)
                    .join();

            assertThat(answer)
                    .isEqualTo(new FragmentAnswer.Failed(Outcome.TOO_LARGE, "body larger than 65536 bytes", false));
        }
    }

    @Test
    void aDeclaredLengthOverTheLimitFailsBeforeTheBodyIsRead() {
        try (var app = FakeApp.start("weather").content(FakeApp.ok("x".repeat(100_000)))) {
            var answer = FragmentFetch.send(http, content(app), CONTEXT, Duration.ofSeconds(2), 1000)
                    .join();

            assertThat(answer).isInstanceOf(FragmentAnswer.Failed.class);
            assertThat(((FragmentAnswer.Failed) answer).outcome()).isEqualTo(Outcome.TOO_LARGE);
        }
    }

    private static URI content(FakeApp app) {
        return URI.create("http://127.0.0.1:" + app.port() + "/content");
    }

    /**
     * The one stand-in here: a refused connection that a second attempt gets past cannot be
     * staged with real sockets without a race, so the first exchange fails as the real client
     * does when nothing listens, and the second goes to the real client.
     */
    private static final class FirstConnectFails implements AppClient {
        final AtomicInteger attempts = new AtomicInteger();
        private final AppClient real;

        FirstConnectFails(AppClient real) {
            this.real = real;
        }

        @Override
        public CompletableFuture<AppResponse> exchange(
                String method, URI uri, Map<String, String> headers, byte[] body, Duration deadline, int maxBytes) {
            if (attempts.incrementAndGet() == 1) {
                return CompletableFuture.failedFuture(new ConnectException("Connection refused"));
            }
            return real.exchange(method, uri, headers, body, deadline, maxBytes);
        }

        @Override
        public void close() {}
    }
}
