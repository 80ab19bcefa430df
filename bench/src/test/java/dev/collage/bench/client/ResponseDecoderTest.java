package dev.collage.bench.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ResponseDecoderTest {

    private static final String CHUNKED =
            "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n" + "5\r\nhello\r\n7;ext=1\r\n, world\r\n0\r\n\r\n";

    @Test
    void decodesAChunkedBodyFedOneByteAtATime() {
        var decoder = new ResponseDecoder();
        byte[] bytes = CHUNKED.getBytes(StandardCharsets.US_ASCII);
        for (byte b : bytes) {
            assertThat(decoder.done()).isFalse();
            decoder.feed(new byte[] {b}, 1);
        }
        assertThat(decoder.done()).isTrue();
        assertThat(decoder.status()).isEqualTo(200);
        assertThat(decoder.body().toString()).isEqualTo("hello, world");
    }

    @Test
    void decodesAChunkedBodyFedAtOnce() {
        var decoder = new ResponseDecoder();
        byte[] bytes = CHUNKED.getBytes(StandardCharsets.US_ASCII);
        decoder.feed(bytes, bytes.length);
        assertThat(decoder.done()).isTrue();
        assertThat(decoder.body().toString()).isEqualTo("hello, world");
    }

    @Test
    void stopsAtContentLength() {
        var decoder = new ResponseDecoder();
        byte[] bytes = "HTTP/1.1 404 Not Found\r\ncontent-length: 3\r\n\r\nabc".getBytes(StandardCharsets.US_ASCII);
        decoder.feed(bytes, bytes.length);
        assertThat(decoder.done()).isTrue();
        assertThat(decoder.status()).isEqualTo(404);
        assertThat(decoder.body().toString()).isEqualTo("abc");
    }

    @Test
    void readsToTheEndWhenNeitherIsSaid() {
        var decoder = new ResponseDecoder();
        byte[] bytes = "HTTP/1.0 200 OK\r\n\r\nall of it".getBytes(StandardCharsets.US_ASCII);
        decoder.feed(bytes, bytes.length);
        assertThat(decoder.done()).isFalse();
        assertThat(decoder.body().toString()).isEqualTo("all of it");
    }
}
